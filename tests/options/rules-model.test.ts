import { describe, expect, it } from 'vitest';
import { checkOptionNumber, ruleView, setRule, toSetting } from '../../src/options/rules-model';

const meta = { severity: 'warning' as const, defaultOptions: { maxWords: 25, easyReadMaxWords: 15 } };

describe('rule settings in the options page', () => {
  it('reads every stored shape', () => {
    expect(ruleView(undefined, meta)).toEqual({ on: true, severity: 'warning', options: { maxWords: 25, easyReadMaxWords: 15 } });
    expect(ruleView('off', meta).on).toBe(false);
    expect(ruleView('error', meta)).toMatchObject({ on: true, severity: 'error' });
    expect(ruleView({ severity: 'off', options: { maxWords: 20 } }, meta)).toEqual({ on: false, severity: 'warning', options: { maxWords: 20, easyReadMaxWords: 15 } });
  });

  it('stores only what differs from the defaults, and round-trips', () => {
    expect(toSetting({ on: true, severity: 'warning', options: { maxWords: 25, easyReadMaxWords: 15 } }, meta)).toBeUndefined();
    expect(toSetting({ on: false, severity: 'warning', options: { maxWords: 25, easyReadMaxWords: 15 } }, meta)).toBe('off');
    expect(toSetting({ on: true, severity: 'error', options: { maxWords: 20, easyReadMaxWords: 15 } }, meta)).toEqual({ severity: 'error', options: { maxWords: 20 } });
    const stored = toSetting({ on: true, severity: 'warning', options: { maxWords: 30, easyReadMaxWords: 15 } }, meta);
    expect(ruleView(stored, meta).options.maxWords).toBe(30);
    expect(setRule({ a: 'off' }, 'a', undefined)).toEqual({});
  });

  it('checks numbers against the option’s range', () => {
    expect(checkOptionNumber('maxWords', ' 20 ')).toEqual({ value: 20 });
    expect(checkOptionNumber('maxWords', '2')).toEqual({ error: 'Enter a number from 8 to 60.' });
    expect(checkOptionNumber('maxWords', 'twenty')).toEqual({ error: 'Enter a whole number, such as 25.' });
  });
});
