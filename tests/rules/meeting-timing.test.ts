import { describe, expect, it } from 'vitest';
import { Linter, type Rule } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';
import { meetingTiming } from '../../rules/meeting-timing';

function check(rule: Rule, source: string) {
  const { doc } = parsePlainText(source);
  return new Linter([rule]).lint(doc, { profiles: ['meeting-invitation'] }).findings;
}

const invite = (when: string) => `You are invited to the next meeting of the Riverside Medical Centre Patient Participation Group.\n\n${when}\nVenue: Community Room, Riverside Medical Centre`;

describe('meeting-timing', () => {
  it('flags an evening meeting with no end time, ranged on the time', () => {
    const findings = check(rule(), invite('Tuesday 14 November at 6.30pm'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.text).toBe('6.30pm');
    expect(findings[0]!.message).toMatch(/is in the evening/);
    expect(findings[0]!.message).toMatch(/no finish time/);
    expect(findings[0]!.message).toMatch(/after dark/);
  });

  it('flags a start before 10am and says why', () => {
    const findings = check(rule(), invite('Thursday 6 March, 9.30am to 12.45pm'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.text).toBe('9.30am to 12.45pm');
    expect(findings[0]!.message).toMatch(/starts at 9.30am, before 10am/);
    expect(findings[0]!.message).toMatch(/school run/);
  });

  it('flags a finish after 3pm', () => {
    const findings = check(rule(), invite('Date: 3 June. Time: 1pm to 4.30pm'));
    expect(findings[0]!.message).toMatch(/finishes at 4.30pm, after 3pm/);
  });

  it('accepts a daytime meeting with an end time', () => {
    expect(check(rule(), invite('Wednesday 12 March, 10.30am to 12 noon (tea and coffee from 10.15am)'))).toEqual([]);
  });

  it('accepts an evening session when a daytime one is offered too', () => {
    const text = 'Join us at one of our listening events:\n\nMonday 3 February, 1pm to 3pm: Dalebridge Community Hub\nThursday 6 February, 6pm to 7.30pm: Fellside Library';
    expect(check(rule(), text)).toEqual([]);
  });

  it('reads a pipe table and names the other problem times in one finding', () => {
    const text = 'Public meetings\n\nDate | Time | Venue\nTuesday 14 October | 9am to 10am | Moorside Community Hospital\nWednesday 5 November | 7pm | Moorside Town Hall';
    const findings = check(rule(), text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.text).toBe('9am to 10am');
    expect(findings[0]!.message).toMatch(/Also check the other time: “7pm” \(.*no finish time\)/);
  });

  it('suggests a second session for a one-off drop-in', () => {
    const findings = check(rule(), 'Come along to our drop-in event.\n\nSaturday 12 October, 10am to 2pm\nSt Mark’s Church Hall, Church Lane');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('suggestion');
    expect(findings[0]!.message).toMatch(/only time on offer/);
  });

  it('ignores agenda timings, helpline hours and deadlines', () => {
    const text = `${invite('Tuesday 3 June, 10.30am to 12.30pm')}\n\nAgenda\n\n- 10.30 Welcome\n- 11.15 Break\n\nOur phone lines are open 8am to 6pm, Monday to Friday. Please reply by 5pm on 27 May.`;
    expect(check(rule(), text)).toEqual([]);
  });

  it('ignores service hours: appointments and opening times are not the meeting', () => {
    const text = `${invite('Tuesday 3 June, 10.30am to 12.30pm')}\n\nEvening appointments are now available until 8pm on weekdays. The pharmacy is open from 7am on Saturdays.`;
    expect(check(rule(), text)).toEqual([]);
  });
});

function rule(): Rule {
  return meetingTiming;
}
