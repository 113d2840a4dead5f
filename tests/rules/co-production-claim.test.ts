import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { coProductionClaim } from '../../rules/co-production-claim';
import { parsePlainText } from '../../src/sources/plain-text';

const lintText = (source: string, linter = new Linter([coProductionClaim])) =>
  linter.lint(parsePlainText(source).doc, { profiles: ['engagement-plan'] });

// [document, the claim sentence that anchors the finding, activities named in the message]
const BAD: Array<[string, string, RegExp]> = [
  ['We have co-produced this strategy with local people. We ran an online survey and two drop-in sessions.', 'We have co-produced this strategy with local people.', /survey or questionnaire and drop-in sessions/],
  ['This plan was co-designed with patients.\n\nPeople could comment on the draft plan for six weeks.', 'This plan was co-designed with patients.', /comments on a draft/],
  ['Our approach\n\nThe new service will be coproduced with carers through a questionnaire.', 'The new service will be coproduced with carers through a questionnaire.', /survey/],
  ['We are co-creating the library offer with residents. We held a one-off event at the town hall.', 'We are co-creating the library offer with residents.', /events or public meetings/],
  ['How we involved people\n\nWe ran three focus groups. This is co-production in action.', 'This is co-production in action.', /focus groups/],
  ['The Better Care Fund plan is a co-production. Have your say by completing the form.', 'The Better Care Fund plan is a co-production.', /asking for views/],
  ['Co-design of the new pathway\n\nWe ran a public meeting and an online poll.', 'Co-design of the new pathway', /a survey or questionnaire and events or public meetings/],
  ['We co-designed the leaflet with parents. A pop-up stall at the market gathered feedback.', 'We co-designed the leaflet with parents.', /events/],
  ['The hub has been co‑produced with young people. We ran a survey in schools.', 'The hub has been co‑produced with young people.', /survey/],
  ['Our co-developed plan reflects what people told us at listening events.', 'Our co-developed plan reflects what people told us at listening events.', /events/],
];

const GOOD = [
  // shared decisions are described
  'We have co-produced this strategy. People with lived experience co-chair the steering group. We also ran a survey.',
  'The service was co-designed from the start with carers, who were paid for their time. A survey reached more people.',
  'We co-produced the plan with equal partners from the community. Drop-in sessions were open to everyone.',
  'We will decide together which option goes forward. This is co-production: a survey alone would not be enough.',
  'Experts by experience co-designed the pathway. We also held a focus group.',
  // no claim
  'We ran an online survey and two drop-in sessions.',
  'Tell us what you think by completing the questionnaire.',
  // claim but no activities described
  'We are committed to co-production with the people who use our services.',
  // not a claim
  'This consultation is not co-production. We ran a survey and drop-in sessions.',
  'We want to move towards co-production. For now, we are asking for views through a survey.',
];

describe('co-production-claim', () => {
  it.each(BAD)('flags %#', (source, sentence, activities) => {
    const { findings } = lintText(source);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.text).toBe(sentence);
    expect(f.message).toMatch(activities);
    expect(f.message).toMatch(/share decisions and power from the start/);
    expect(f.barriers).toContain('calling-it-co-production-when-not');
    expect(f.enablers).toContain('shared-definition-of-co-production');
  });

  it.each(GOOD)('leaves alone: %s', (source) => {
    expect(lintText(source).findings).toEqual([]);
  });

  it.each([
    ['We are co-designing day services with families.\n\nWe co-designed a questionnaire with two carers, which is open until June.', 'co-designed a questionnaire'],
    ['Project plan\n\nThe discharge leaflet will be co-produced with the patient reference group and given to everyone leaving the ward.', 'leaflet will be co-produced'],
    ['New recycling service\n\nWe have co-written the FAQs with residents of the estate.', 'co-written the FAQs'],
  ])('flags co-production claimed of a survey or leaflet: %s', (source, flagged) => {
    const findings = lintText(source).findings;
    const f = findings.find((x) => (x.text ?? "").includes(flagged));
    expect(f, JSON.stringify(findings.map((x) => x.text))).toBeDefined();
    expect(f!.message).toMatch(/not co-producing the service/);
  });

  it.each([
    // the leaflet is co-produced, and people also share decisions: not flagged
    'The leaflet was co-produced with experts by experience, who co-chair the programme board.',
    // not a claim
    'The survey is not co-produced; we wrote it ourselves and tested it with two readers.',
    // the service, not a leaflet, is co-produced
    'We co-produced the new respite service with carers, who were paid for their time and decided the budget together.',
  ])('leaves alone: %s', (source) => {
    expect(lintText(source).findings).toEqual([]);
  });

  it('joins a claim and activities paragraphs apart, and re-reads only the edited block', () => {
    const linter = new Linter([coProductionClaim]);
    const first = 'Our plan\n\nWe have co-produced this plan.\n\nWe ran a survey.\n\nThanks to everyone who took part.';
    expect(lintText(first, linter).findings).toHaveLength(1);
    const edited = first.replace('Thanks to everyone who took part.', 'Carers co-chair the project board.');
    const report = lintText(edited, linter);
    expect(report.findings).toEqual([]);
    expect(report.analysedBlocks).toBe(1);
  });
});

describe('co-production-claim: an invitation to one event called co-design', () => {
  const invite = (extra = '') =>
    new Linter([coProductionClaim]).lint(
      parsePlainText(`Co-design workshop\n\nYou are invited to a half-day co-design workshop on the new wheelchair service.\n\nDate: Tuesday 4 May 2027\nTime: 10am to 1pm\nVenue: Room 2, Civic Centre, Leeds LS1 1UR${extra}`).doc,
      { profiles: ['meeting-invitation'] },
    ).findings;

  it('flags a single dated workshop with no shared decisions', () => {
    const f = invite();
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/events or public meetings|a single event/);
  });

  it('accepts it when people share decisions', () => {
    expect(invite('\n\nThe workshop is the first of six. People with lived experience co-chair the design group and decide with us.')).toEqual([]);
  });
});

describe('co-production-claim: every sentence that makes the claim', () => {
  const texts = (source: string) => lintText(source).findings.map((f) => f.text);

  it('marks each sentence that says the work was or will be co-produced, including a title', () => {
    const doc = 'A plan co-designed with parents\n\nThe new play area will be co-produced with families through a questionnaire. We will also co-create the planting scheme at a one-off event in May.';
    expect(texts(doc).sort()).toEqual([
      'A plan co-designed with parents',
      'The new play area will be co-produced with families through a questionnaire.',
      'We will also co-create the planting scheme at a one-off event in May.',
    ]);
  });

  it('does not mark "co-design" naming a kind of meeting or group a second time', () => {
    const doc = 'The timetable was co-designed with passengers through an online survey.\n\nCo-design workshop: 4 March\n\nThe co-design team meets once.';
    expect(texts(doc)).toEqual(['The timetable was co-designed with passengers through an online survey.']);
  });

  it('marks a co-produced survey once, not again as a claim', () => {
    const doc = 'We have co-produced a short questionnaire with carers. The strategy was co-designed with carers at drop-in sessions.';
    expect(lintText(doc).findings).toHaveLength(2);
  });

  it('marks nothing when people share decisions anywhere in the document', () => {
    expect(texts('The service will be co-produced with carers through a survey.\n\nWe will co-design the model with carers, who co-chair the board.')).toEqual([]);
  });
});

