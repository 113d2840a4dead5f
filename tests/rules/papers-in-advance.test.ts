import { describe, expect, it } from 'vitest';
import { Linter, type Rule } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';
import { papersInAdvance } from '../../rules/papers-in-advance';

function check(rule: Rule, source: string) {
  const { doc } = parsePlainText(source);
  const report = new Linter([rule]).lint(doc, { profiles: ['meeting-invitation'] });
  const text = (id: string | null) => doc.blocks.find((b) => b.id === id)?.text;
  return { findings: report.findings, anchorText: (i = 0) => text(report.findings[i]!.anchorBlockId) };
}

const PPG = `Dear PPG members,

You are invited to the next meeting of the patient group on Tuesday 14 November, 11am to 12.30pm in the Community Room.

Agenda:
1. Apologies
2. Practice update
3. Results of the CQC inspection`;

describe('papers-in-advance', () => {
  it('flags papers handed out on the day, ranged on the sentence', () => {
    const r = check(papersInAdvance, `${PPG}\n\nPapers will be handed out on the day.`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.text).toBe('Papers will be handed out on the day.');
    expect(r.findings[0]!.message).toMatch(/at least a week before/);
  });

  it('flags an agenda with no word on when papers come', () => {
    const r = check(papersInAdvance, PPG);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/does not say when people will get them/);
  });

  it('flags papers sent only a few days before', () => {
    const r = check(papersInAdvance, `${PPG}\n\nWe will email the papers three days before the meeting.`);
    expect(r.findings[0]!.message).toMatch(/only 3 days before/);
  });

  it.each([
    'We will post and email the agenda and papers on 31 October, two weeks before the meeting.',
    'Board papers are published on our website at least five working days before the meeting.',
    'We will send the papers a week before.',
    'The papers will be posted and emailed to you by Friday 3 November.',
  ])('accepts %j', (sentence) => {
    expect(check(papersInAdvance, `${PPG}\n\n${sentence}`).findings).toEqual([]);
  });

  it('reads a plan or strategy presented at the meeting as something to read first', () => {
    const invite = 'Carers Forum\n\nWednesday 5 March, 11am to 1pm, at the Town Hall.\n\nThe commissioning team will present the draft short breaks plan and answer questions.';
    const r = check(papersInAdvance, invite);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/does not say when people will get them/);
  });

  it('stays quiet for a simple drop-in with nothing to read', () => {
    const r = check(papersInAdvance, 'Come along to our drop-in event to meet the team.\n\nSaturday 12 October, 10am to 2pm\nSt Mark’s Church Hall');
    expect(r.findings).toEqual([]);
  });
});
