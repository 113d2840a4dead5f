/**
 * Whole-page signals of a document's kind (src/engine/profile-signals.ts):
 * pages that never name what they are, read from how they are written.
 * Every text here is our own.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { analyseText } from '../../src/engine/text';
import { pageSignals } from '../../src/engine/profile-signals';
import { parsePlainText } from '../../src/sources/plain-text';

const linter = new Linter([]);
const detect = (text: string) => linter.lint(parsePlainText(text).doc).profiles;
const ids = (text: string) => detect(text).map((p) => p.id);
const signalsOf = (text: string) =>
  pageSignals(parsePlainText(text).doc.blocks.map((block, index) => ({ block, index, analysis: analyseText(block.text) })));

// A group's own page: who its members are, what they do, how to join. No cue names it a plan.
const GROUP_PAGE = [
  'Friends of Millbrook Surgery',
  'The Friends are patients who volunteer their time so that patients have a voice in how the surgery works.',
  'Members help the practice team with patient surveys, talk to other patients in the waiting room and bring their ideas to the partners.',
  'Anyone registered with the surgery can become a member. We especially welcome carers, parents and younger patients, so that the group reflects everyone.',
  'Our members also link with the patient groups of the other practices nearby, and with the carers’ forum, to share what they hear.',
].join('\n\n');

// An account of what people said, told in the past, with counts: it never says "report".
const ACCOUNT = [
  'Bus shelter survey: what happened',
  'In the spring we asked people what they thought of the shelters on the number 12 route.',
  '412 people filled in the form and 38 came to a stall at the market.',
  'Most residents said the shelters were too small, and 61% wanted seats. Parents told us the timetables were too high to read.',
  'We shared the answers with the transport team, who agreed to add seats at six stops.',
].join('\n\n');

// Minutes: attendance, matters arising, people named by initials, told in the past.
const MINUTES = [
  'Tenants’ forum – 4 June',
  'Present: RB (chair), LK, TS, MO',
  'Apologies: DH',
  '1. Matters arising',
  'RB explained that the lift repair was finished. LK asked whether the lights on the stairs had been fixed. TS confirmed they were fixed in May.',
  '2. Garden project',
  'MO reported that twelve tenants had signed up to help. The forum agreed to buy two benches.',
  'Date of next meeting: 2 July',
].join('\n\n');

// An agenda has the same headings, for a meeting to come.
const AGENDA = [
  'Tenants’ forum – agenda for 2 July, 6pm, Community Room',
  'All tenants are welcome to come along.',
  'Apologies',
  'Matters arising from the last meeting',
  'Garden project: we will decide where the new benches go.',
  'Any other business',
  'Date of next meeting',
].join('\n\n');

describe('page signal: the page is about involving people', () => {
  it('fires on a group’s own page', () => {
    const s = signalsOf(GROUP_PAGE);
    expect(s.aboutInvolvement).toBe(true);
    expect(s.involvement).toBeGreaterThanOrEqual(6);
  });

  it('makes a group’s page an engagement plan, and says why in plain words', () => {
    const [p] = detect(GROUP_PAGE);
    expect(p!.id).toBe('engagement-plan');
    expect(p!.reasons.some((r) => r.startsWith('is mostly about involving people'))).toBe(true);
  });

  it('does not fire on a letter about a service change', () => {
    const letter = 'Changes to our phone lines\n\nFrom Monday 3 March the surgery phone lines will open at 8am instead of 8.30am. You can still book appointments online at any time.\n\nThank you for your patience.';
    expect(signalsOf(letter).aboutInvolvement).toBe(false);
    expect(ids(letter)).toEqual(['general']);
  });

  it('does not fire where asking for views outweighs involvement', () => {
    const ask = 'Our proposals for the park\n\nWe are consulting on two options for the park. Please give your views and comments on the proposals in the survey. Members of the public can send comments too.';
    expect(signalsOf(ask).aboutInvolvement).toBe(false);
  });

  it('does not make a group’s meeting invitation a plan as well', () => {
    const invite = `${GROUP_PAGE}\n\nOur next meeting is on Tuesday 3 March at 6pm in the surgery waiting room. All patients are welcome to come along.`;
    expect(ids(invite)).toEqual(['meeting-invitation']);
  });
});

describe('page signal: the page reports back', () => {
  it('fires on an account in the past tense that counts and quotes people', () => {
    const s = signalsOf(ACCOUNT);
    expect(s.reportsBack).toBe(true);
    expect(s.pastSentences).toBeGreaterThan(s.aheadSentences);
  });

  it('reads the account as a report, with a plain reason', () => {
    const [p] = detect(ACCOUNT);
    expect(p!.id).toBe('report');
    expect(p!.reasons.some((r) => r.startsWith('tells what people said or what was done'))).toBe(true);
  });

  it('does not fire on a consultation that looks ahead, even with a count in it', () => {
    const consultation = 'Have your say on the bus shelters\n\nLast year 300 people told us the shelters were too small. We are now consulting on new designs. Please fill in the survey by 30 June. You can also call us. We will publish what we hear in the autumn.';
    const s = signalsOf(consultation);
    expect(s.reportsBack).toBe(false);
    expect(ids(consultation)).toContain('consultation');
  });

  it('does not fire on the organisation’s own history with no one heard', () => {
    const history = 'Our new building\n\nThe practice moved to Station Road in 2019. We built a new waiting room and we changed the car park. The old building was sold last year.';
    expect(signalsOf(history).reportsBack).toBe(false);
  });

  it('keeps a consultation that still asks for views, though it tells what was said so far', () => {
    const running = 'Library hours consultation\n\nSo far 200 residents have responded and many said they wanted later opening. Residents told us Saturdays matter most. The consultation closes on 9 January: there is still time to fill in the survey.';
    expect(ids(running)).toContain('consultation');
  });
});

describe('page signal: minutes', () => {
  it('fires on minutes told in the past', () => {
    const s = signalsOf(MINUTES);
    expect(s.minutes).toBe(true);
  });

  it('reads minutes as a report, not an invitation to the meeting they record', () => {
    const found = detect(MINUTES);
    expect(found.map((p) => p.id)).toEqual(['report']);
    expect(found[0]!.reasons).toContain('is laid out as the minutes of a meeting');
  });

  it('does not fire on an agenda for a meeting to come', () => {
    expect(signalsOf(AGENDA).minutes).toBe(false);
    expect(ids(AGENDA)).toContain('meeting-invitation');
  });
});
