/**
 * Drop-in sessions beside a consultation (issue 9, session 24): people told they can come by
 * with no date of one meeting are invited, and an ask set at an event says what the event is
 * for rather than making a consultation of its own. Every text here is our own.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';

describe('drop-ins with no date beside a consultation', () => {
  it('reads both the consultation and the invitation', () => {
    const page = [
      'Bus station consultation: drop-in help',
      'We are consulting on three designs for the new bus station. Please fill in our online survey by the end of the month.',
      'Staff will be at the town library all next week, and people can drop in any time it is open to ask questions about the designs.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['consultation', 'meeting-invitation']);
  });

  it('not when "drop in" is about handing in a form', () => {
    const page = [
      'Bus station consultation',
      'We are consulting on three designs for the new bus station. Please fill in our survey by the end of the month.',
      'You can drop in your completed form at the town library.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['consultation']);
  });
});

describe('an ask set at an event belongs to the event', () => {
  it('reads sessions that give people a chance to shape a plan as an invitation only', () => {
    const page = [
      'Village plan open sessions',
      'In these open sessions, we will show the ideas for the new village plan, giving you the chance to help shape it.',
      'Dates and times, all at the church rooms:',
      '• Tuesday 4 March 18.00-20.00',
      '• Saturday 8 March 10.00-12.30',
      'Come along any time during the sessions.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['meeting-invitation']);
  });

  it('a page that asks in its own voice is still a consultation', () => {
    const page = [
      'Village plan',
      'The draft plan gives you the chance to help shape how the village grows. Please send us your comments by 30 April.',
    ].join('\n\n');
    expect(kinds(page)).toContain('consultation');
  });
});
