import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { overPromise } from '../../rules/over-promise';
import { runRuleCases } from './rule-tester';

const linter = new Linter([overPromise]);
const check = (text: string) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings;

const BAD: Array<[string, string]> = [
  ['We guarantee that your views will shape the new service.', 'guarantee'],
  ['All views will be acted on.', 'All views will be acted on'],
  ['Every comment will be taken on board by the project team.', 'Every comment will be taken on board'],
  ['Everyone will benefit from the new neighbourhood teams.', 'Everyone will benefit from'],
  ['We will ensure all patients are seen within two weeks.', 'ensure all patients'],
  ['We are 100% committed to hearing from every community.', '100% committed'],
  ['No one will lose out under the new arrangements.', 'No one will lose out'],
  ['We will act on all of your feedback.', 'We will act on all of your feedback'],
  ['We will make sure that everyone gets the care they need, when they need it.', 'make sure that everyone gets'],
  ['Your place at the event is guaranteed.', 'guaranteed'],
  ['All of the suggestions will be included in the final strategy.', 'All of the suggestions will be included'],
  // words between the feedback and "will"
  ['Every comment we receive during the engagement period will be acted on.', 'Every comment we receive during the engagement period will be acted on'],
  // people's views promised the decision
  ['Your feedback will determine which option goes ahead.', 'Your feedback will determine'],
  ["Residents' votes will decide the new park design.", "Residents' votes will decide"],
  // promises about everyone, in the present tense
  ['Our aim is that nobody is left out.', 'nobody is left out'],
  ['We will work so that no family goes without support this winter.', 'no family goes without'],
  // a guarantee and the promise about everyone it makes are one finding, not two
  ['We can guarantee that nobody will pay more next year.', 'guarantee that nobody will pay'],
  ['The council guarantees everyone will keep a weekly collection.', 'guarantees everyone will keep'],
];

const GOOD = [
  'We will read every response and publish what we changed and why.',
  'We cannot guarantee that every suggestion will be taken on board.',
  'Everyone will be welcome at the event.',
  '100% of respondents said they wanted more evening appointments.',
  'All responses will be taken into account before the board decides.',
  'We may not be able to act on every suggestion, but we will explain why.',
  'We will do our best to reply to everyone within ten working days.',
  'There is no guarantee that the funding will continue after 2027.',
  'Everyone will be able to take part online or by phone.',
  'We aim to see most patients within two weeks.',
  'Your views will help us decide which option to recommend to Cabinet.',
  'Your views will decide, together with the evidence, what we recommend.',
  'No one is expected to attend every meeting.',
];

describe('over-promise', () => {
  runRuleCases(overPromise, {
    bad: BAD,
    good: GOOD,
    profiles: ['general'],
    expectFinding: (f) => {
      expect(f.message).toMatch(/promises more than/);
      expect(f.suggestions[0]).toMatch(/^(?:We will|Say )/);
      expect(f.barriers).toEqual(['not-being-realistic']);
    },
  });

  it('suggests reporting back for promises about feedback', () => {
    expect(check('All views will be acted on.')[0]!.suggestions[0]).toBe(
      'We will read every response and publish what we changed, what we could not change, and why.',
    );
  });
});
