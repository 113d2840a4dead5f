/**
 * Pages of a body or group whose meetings the public may come to (issue 9, session 24): the
 * meetings are said to be public, or held on a cycle at a place, with no date of one meeting.
 * Every text here is our own.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';

const linter = new Linter([]);
const kinds = (text: string) => linter.lint(parsePlainText(text, { source: 't' }).doc, {}).profiles.map((p) => p.id).sort();

describe('a body whose meetings are public', () => {
  it('is an invitation when its meetings are said to be public', () => {
    const page = [
      'Town council meetings',
      'All meetings of the town council are public and we are always glad to see residents come along. Each meeting starts with fifteen minutes for questions from the floor.',
      'The agenda goes on the notice board three clear days before each meeting, with the papers. Members of the group may bring items for the agenda through the clerk.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['meeting-invitation']);
  });

  it('a patient group that meets on a cycle at a named place, and welcomes those who cannot come', () => {
    const page = [
      'Our patient group is made up of volunteer patients, the practice manager and one of the doctors. Members meet to talk about the services on offer and how they could improve for patients.',
      'We welcome comments from patients who cannot come to our meetings, by e-mail.',
      'Our meetings are usually held on the first Wednesday of every month at the Orchard Community Room, Mill Lane.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['meeting-invitation']);
  });

  it('not when the meetings are private or only their minutes are public', () => {
    const page = [
      'Board papers',
      'The minutes of meetings are public documents and are published on this page once they are approved. The board meets in private to discuss staff and contracts.',
    ].join('\n\n');
    expect(kinds(page)).not.toContain('meeting-invitation');
  });
});
