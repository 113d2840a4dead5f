import { describe, expect, it } from 'vitest';
import { Linter, type Block, type Config, type WordList } from '../../src/engine';
import { jargon } from '../../rules/jargon';
import { parsePlainText } from '../../src/sources/plain-text';

const linter = new Linter([jargon]);

function check(text: string, config: Partial<Config> = {}, kind: Block['kind'] = 'paragraph') {
  return linter.lint({ blocks: [{ id: 'b1', kind, text }], meta: {} }, config).findings;
}

/** [flagged text, start] for quick comparison. */
const spans = (text: string, config: Partial<Config> = {}) => check(text, config).map((f) => [f.text, f.start] as const);

const orgList = (terms: WordList['terms'], enabled = true): WordList => ({
  id: 'our-words',
  name: 'Our words',
  enabled,
  terms,
});

describe('jargon', () => {
  it('reports the words, the alternatives and the note', () => {
    const text = 'We will talk to stakeholders in May.';
    const [f, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'jargon',
      severity: 'warning',
      blockId: 'b1',
      start: 16,
      end: 28,
      text: 'stakeholders',
      message:
        '‘stakeholders’ may be jargon. Try ‘people’, ‘partners’ or ‘organisations’. Name the groups you mean, such as carers, local charities or GP practices.',
      suggestions: ['people', 'partners', 'organisations'],
      barriers: ['inaccessible-language'],
      enablers: ['check-understanding', 'knowing-people-needs', 'not-hiding-behind-role'],
    });
  });

  it.each([
    ['The group will utilise the room.', 'utilise', ['use']],
    ['The room was utilised well.', 'utilised', ['used']],
    ['We are utilizing feedback.', 'utilizing', ['using']],
    ['Better utilisation of beds.', 'utilisation', ['use']],
    ['We are leveraging local groups.', 'leveraging', ['using', 'building on']],
    ['Staff facilitated the session.', 'facilitated', ['helped', 'made possible', 'ran']],
    ['The meeting was facilitated by Sam.', 'facilitated', ['helped', 'made possible', 'run']],
    ['It empowers carers.', 'empowers', ['supports', 'gives control to', 'lets']],
    ['Empowering people matters.', 'Empowering', ['Supporting', 'Giving control to', 'Letting']],
    ['We need more interventions.', 'interventions', ['help', 'support', 'treatments']],
    ['We drove change last year.', 'drove change', ['changed', 'led change']],
    ['We will upskill volunteers.', 'upskill', ['train', 'teach']],
    ['Messages were cascaded to teams.', 'cascaded', ['passed on', 'shared', 'told']],
    ['Our key stakeholders agree.', 'key stakeholders', ['main partners', 'people most affected']],
  ])('“%s” → %s, suggesting %j', (text, flagged, suggestions) => {
    const found = check(text);
    expect(found.map((f) => f.text)).toEqual([flagged]);
    expect(found[0]!.suggestions).toEqual(suggestions);
  });

  it('flags each piece of jargon in a sentence, in order, with exact ranges', () => {
    const text = 'Going forward, we will leverage our system partners to co-locate services and empower stakeholders.';
    expect(spans(text)).toEqual([
      ['Going forward', 0],
      ['leverage', 23],
      ['system partners', 36],
      ['co-locate', 55],
      ['empower', 78],
      ['stakeholders', 86],
    ]);
  });

  it('matches capitals in the suggestions', () => {
    expect(check('Stakeholders agreed.')[0]!.suggestions).toEqual(['People', 'Partners', 'Organisations']);
    expect(check('READ THIS: LEVERAGE IT.', {}, 'heading')[0]!.suggestions).toEqual(['USE', 'Build on']);
  });

  it('finds phrases across line breaks and hyphens', () => {
    expect(spans('We will invest in capacity\nbuilding and capacity-building.')).toEqual([
      ['capacity\nbuilding', 18],
      ['capacity-building', 40],
    ]);
    const f = check('We will keep\ngoing forward.')[0]!;
    expect(f.text).toBe('going forward');
    // The message shows the words on one line.
    expect(f.message.startsWith('‘going forward’ may be jargon.')).toBe(true);
  });

  it('finds phrases across wrapped lines of pasted text', () => {
    const { doc } = parsePlainText('We want to hear from every\nstakeholder about the care\npathway this year.\n');
    const found = linter.lint(doc).findings.map((f) => f.text);
    expect(found).toEqual(['stakeholder', 'care pathway']);
  });

  it('never flags words inside URLs or e-mail addresses', () => {
    expect(check('Read it at https://www.example.nhs.uk/stakeholder-engagement/leverage or email stakeholders@example.gov.uk.')).toEqual(
      [],
    );
    expect(spans('Email engage@leverage.org.uk about stakeholders.')).toEqual([['stakeholders', 35]]);
  });

  it('leaves plain writing alone', () => {
    for (const text of [
      'We want to hear from carers, local charities and GP practices.',
      'Tell us what works well and what could be better.',
      'The bus stops outside the library. There is a car park at the back.',
      'Please bring a stamped addressed envelope if you want your papers back.',
      'We spoke to 200 people. They told us the waiting times are too long.',
      'The keys to the building are at reception.',
      'He is a foster carer and a keen driver.',
    ])
      expect(check(text), text).toEqual([]);
  });

  it('does not flag names of organisations and job titles written in capitals', () => {
    // A group named by its work is asked about once (insider names), but no listed word inside the name is flagged.
    expect(check('Write to the Children’s Commissioner or the Stakeholder Reference Group.').map((f) => f.patternId)).toEqual(['jargon/insider-names/group-named-by-its-work']);
    expect(check('Ask the Head of Commissioning or our Citizens’ Panel.')).toEqual([]);
    expect(check('NHS North Calder Integrated Care Board', {}, 'heading')).toEqual([]);
    // An organisation's name in capitals: "integrated care board" is listed as an exception.
    expect(check('NHS WESTBROOK AND DALE INTEGRATED CARE BOARD', {}, 'heading')).toEqual([]);
    expect(check('Key dates', {}, 'heading')).toEqual([]);
    // At the start of a sentence a capital is just a capital.
    expect(spans('Commissioning is changing.')).toEqual([['Commissioning', 0]]);
  });

  it('treats capitalised names of bodies, teams and jobs as names, even at the start of a line', () => {
    expect(check('Beacon Homes Group is a registered society.')).toEqual([]);
    expect(check('Report of: Strategic Director, Adults and Health')).toEqual([]);
    expect(check('Mark Oduya, Service Manager, Provider Services')).toEqual([]);
    expect(check('Head of Transformation')).toEqual([]);
    expect(check('The Integrated Care Partnership meets in public.')).toEqual([]);
    expect(check('Transformation Portfolio Board')).toEqual([]);
    expect(check('Strategic Lead for Transformation and Integration')).toEqual([]);
  });

  it('a date after a capitalised term does not make it part of a name', () => {
    // "Strategy in February": before, the month was read as the end of a longer name.
    expect(check('The board will agree its Medium Term Financial Strategy in February.').map((f) => f.text)).toEqual(['Medium Term Financial Strategy']);
    expect(check('We publish the Medium Term Financial Plan on Monday.').map((f) => f.text)).toEqual(['Medium Term Financial Plan']);
  });

  it('capitalised words that are jargon themselves make no name of each other, except in the title of a plan', () => {
    expect(check('This is the Regulation 14 Pre-Submission consultation for the village.').map((f) => f.text)).toEqual(['Regulation 14', 'Pre-Submission']);
    expect(check('Read our Health Inequalities Action Plan.')).toEqual([]);
  });

  it('finds planning and meeting officialese written in our own words', () => {
    expect(check('The new fence sits inside the curtilage and blocks the egress.').map((f) => f.text)).toEqual(['curtilage', 'egress']);
    expect(check('Members of the public may stay for the closed session.').map((f) => f.text)).toEqual(['closed session']);
    expect(check('We are determined to keep the library open.')).toEqual([]);
  });

  it('still flags capitalised jargon that is not a name, and jargon words in running text', () => {
    // Capitalised jargon on its own is not a name.
    expect(spans('Read about the Local Offer online.')).toEqual([['Local Offer', 15]]);
    // A listed term in capitals is still the term; jargon inside a longer name is part of the name.
    expect(check('We updated the Board Assurance Framework.').map((f) => f.text)).toEqual(['Board Assurance Framework']);
    expect(check('Read our Health Inequalities Action Plan.')).toEqual([]);
    // A capital at the start of a sentence does not make a name.
    expect(spans('Read the Local Offer to find support.')).toEqual([['Local Offer', 9]]);
    expect(spans('Our Transformation team will visit.')).toEqual([['Transformation', 4]]);
    // The same words outside a name.
    expect(spans('System partners have agreed a plan.')).toEqual([['System partners', 0]]);
    expect(spans('We will choose a provider and talk about transformation.').map(([t]) => t)).toEqual([
      'provider',
      'transformation',
    ]);
  });

  it('flags officialese from letters, committee papers and service planning', () => {
    const found = (text: string) => check(text).map((f) => f.text);
    expect(found('Please find enclosed your new tenancy agreement. Please reply by return.')).toEqual([
      'Please find enclosed',
      'by return',
    ]);
    expect(found('We regret to inform you that the clinic will relocate with immediate effect.')).toEqual([
      'We regret to inform you',
      'relocate',
      'with immediate effect',
    ]);
    expect(found('If you have any queries regarding this letter, contact us.')).toEqual(['queries', 'regarding']);
    expect(found('The Cabinet delegates authority to the director. Papers were tabled on the day.')).toEqual([
      'The Cabinet',
      'delegates authority',
      'tabled',
    ]);
    expect(found('Births will be consolidated on one site and the unit repurposed.')).toEqual(['consolidated', 'repurposed']);
    expect(found('We will review the configuration of services and the sufficiency of specialist provision.')).toEqual([
      'configuration',
      'sufficiency',
      'specialist provision',
    ]);
    expect(found('The results will be published in due course.')).toEqual(['in due course']);
  });

  it('flags formal letter phrases, LGA-list phrases, planning and finance terms', () => {
    const found = (text: string) => check(text).map((f) => f.text);
    // 'As per' is left alone: real labellers never marked it and our corpus never asks for it.
    expect(found('It is proposed that, as per the plan, the carriageway is resurfaced.')).toEqual(['It is proposed that', 'carriageway']);
    expect(found('Should you wish to comment, kindly return the form.')).toEqual(['Should you wish to', 'kindly return']);
    expect(found('We will improve the public realm as part of our transformation agenda.')).toEqual([
      'public realm',
      'transformation agenda',
    ]);
    expect(found('A 5% uplift should raise footfall and uptake.')).toEqual(['uplift', 'footfall', 'uptake']);
    expect(found('Staff will be trauma-informed and offer a warm handover.')).toEqual(['trauma-informed', 'warm handover']);
    // Everyday uses stay quiet: an agenda for a meeting, kindness, expenses paid back.
    for (const text of ['Agenda', 'The agenda for the meeting is attached.', 'Volunteers kindly gave their time.', 'We will pay back your bus fare.'])
      expect(check(text), text).toEqual([]);
  });

  it('uses lower severity or context for words that are jargon only in some senses', () => {
    // "provision": jargon for services, fine as a rule in a law or contract.
    expect(check('There will be more provision for older people.').map((f) => [f.text, f.severity])).toEqual([
      ['provision', 'suggestion'],
    ]);
    expect(check('The new law includes a provision for carers.')).toEqual([]);
    expect(check('Clause 4 of the contract is a provision about notice.')).toEqual([]);
    // "frontline services" is widely known; other uses are a suggestion.
    expect(check('Frontline services will be protected.')).toEqual([]);
    expect(check('We will protect frontline staff.').map((f) => [f.text, f.severity])).toEqual([['frontline', 'suggestion']]);
    // Everyday uses of words near listed phrases stay quiet.
    for (const text of [
      'Please return the form by 3 March.',
      'The hall has a seating capacity of 200 people.',
      'He lacks capacity to decide where to live.',
      'Fully furnished flats are available.',
      'The person specification lists the skills you need.',
      'She was discharged from hospital on Friday.',
      'The school principal welcomed parents.',
      'A work placement for students.',
      'Your records are up to date.',
    ])
      expect(check(text), text).toEqual([]);
  });

  it('flags jargon in headings too', () => {
    expect(check('Stakeholder Engagement Plan', {}, 'heading').map((f) => f.text)).toEqual(['Stakeholder Engagement']);
    expect(check('OUR STAKEHOLDER ENGAGEMENT PLAN', {}, 'heading').map((f) => f.text)).toEqual(['STAKEHOLDER ENGAGEMENT']);
  });

  it('uses a term’s own severity, and a severity set for the rule wins', () => {
    expect(check('The precept will rise in April.')[0]!.severity).toBe('warning');
    expect(check('Prior to the meeting, read this.')[0]!.severity).toBe('suggestion');
    expect(check('Prior to the meeting, read this.', { rules: { jargon: 'error' } })[0]!.severity).toBe('error');
    expect(check('Stakeholders agreed.', { rules: { jargon: 'off' } })).toEqual([]);
  });

  it('adds an organisation’s terms, in any form', () => {
    const wordLists = [orgList([{ term: 'neighbourhood hub', alternatives: ['local centre'], note: 'Name the building.' }])];
    const found = check('Visit one of our Neighbourhood-hubs or neighbourhood\nhubs.', { wordLists });
    expect(found.map((f) => [f.text, f.start, f.message])).toEqual([
      ['Neighbourhood-hubs', 17, '‘Neighbourhood-hubs’ may be jargon. Try ‘Local centres’. Name the building.'],
      ['neighbourhood\nhubs', 39, '‘neighbourhood hubs’ may be jargon. Try ‘local centres’. Name the building.'],
    ]);
  });

  it('says which list each term came from (patternId), and marks management-speak as its own hook', () => {
    const wordLists = [orgList([{ term: 'blue book', alternatives: [] }])];
    const found = check('See the blue book and ask our stakeholders. We will deliver better value.', { wordLists });
    expect(found.map((f) => [f.text, f.patternId])).toEqual([
      ['blue book', 'jargon/word-list:our-words'],
      ['stakeholders', 'jargon/word-list:base'],
      ['deliver better value', 'jargon/management-speak'],
    ]);
  });

  it('says what to do when an organisation term has no alternatives', () => {
    const wordLists = [orgList([{ term: 'blue book', alternatives: [] }])];
    expect(check('See the blue book.', { wordLists })[0]).toMatchObject({
      text: 'blue book',
      message: '‘blue book’ may be jargon. Say what you mean in everyday words.',
      suggestions: [],
    });
  });

  it('lets an organisation term replace a base term and set its severity', () => {
    const wordLists = [
      orgList([{ term: 'Stakeholders', alternatives: ['residents'], note: 'We say residents.', severity: 'error' }]),
    ];
    const [f] = check('We asked stakeholders.', { wordLists });
    expect(f).toMatchObject({
      text: 'stakeholders',
      severity: 'error',
      message: '‘stakeholders’ may be jargon. Try ‘residents’. We say residents.',
      suggestions: ['residents'],
    });
  });

  it('ignores a disabled organisation list', () => {
    const wordLists = [orgList([{ term: 'neighbourhood hub', alternatives: ['local centre'] }], false)];
    expect(check('Visit a neighbourhood hub.', { wordLists })).toEqual([]);
  });

  it('can run on organisation lists only', () => {
    const wordLists = [orgList([{ term: 'neighbourhood hub', alternatives: ['local centre'] }])];
    const config = { wordLists, rules: { jargon: { options: { baseList: false } } } };
    expect(spans('Stakeholders visit the neighbourhood hub.', config)).toEqual([['neighbourhood hub', 23]]);
  });

  it('allows a word and all its forms', () => {
    const text = 'Our stakeholder group met other stakeholders. We will leverage funds.';
    expect(spans(text, { allow: ['stakeholder'] })).toEqual([['leverage', 54]]);
    expect(spans(text, { allow: ['Stakeholders'] })).toEqual([['leverage', 54]]);
    expect(spans('We leveraged funds and are leveraging more.', { allow: ['leverage'] })).toEqual([]);
  });

  it('allows a longer phrase without allowing the word elsewhere', () => {
    const text = 'Ask about the care pathway. This pathway is new.';
    expect(spans(text)).toEqual([
      ['care pathway', 14],
      ['pathway', 33],
    ]);
    expect(spans(text, { allow: ['care pathway'] })).toEqual([['pathway', 33]]);
  });

  it('stays quiet inside a term’s listed exceptions', () => {
    expect(check('Foster carers and key workers can use the key safe. Ask about elective home education.')).toEqual([]);
    expect(spans('We will foster trust with key partners before elective surgery.')).toEqual([
      ['foster', 8],
      ['key partners', 26],
      ['elective', 46],
    ]);
  });

  it('matches "key" only as written', () => {
    expect(spans('This is the key point. Keys are at reception.')).toEqual([['key', 12]]);
    expect(check('This is the key point.')[0]!.severity).toBe('suggestion');
  });

  it('re-checks only what changed, with the same results as a fresh check', () => {
    const blocks = (second: string): Block[] => [
      { id: 'a', kind: 'paragraph', text: 'We will leverage funding.' },
      { id: 'b', kind: 'paragraph', text: second },
    ];
    const local = new Linter([jargon]);
    local.lint({ blocks: blocks('Stakeholders agreed.'), meta: {} });
    const again = local.lint({ blocks: blocks('Residents agreed to utilise it.'), meta: {} });
    expect(again.analysedBlocks).toBe(1);
    const fresh = new Linter([jargon]).lint({ blocks: blocks('Residents agreed to utilise it.'), meta: {} });
    expect(again.findings).toEqual(fresh.findings);
    expect(again.findings.map((f) => f.text)).toEqual(['leverage', 'utilise']);
  });
});
