import { describe, expect, it } from 'vitest';
import { Linter, type Block, type Config } from '../../src/engine';
import { undefinedAcronym, knownExpansions } from '../../rules/undefined-acronym';
import { isAcronymShape, looseInitialsBefore, readsAsWord, scanAcronyms } from '../../rules/lib/acronym-scan';
import { maskText } from '../../src/engine';
import data from '../../rules/acronyms.json';

const linter = new Linter([undefinedAcronym]);

type B = [Block['kind'], string];

function lintBlocks(blocks: B[], config: Partial<Config> = {}) {
  return linter.lint({ blocks: blocks.map(([kind, text], i) => ({ id: `b${i}`, kind, text })), meta: {} }, config).findings;
}

const check = (text: string, config: Partial<Config> = {}) => lintBlocks([['paragraph', text]], config);
const flagged = (text: string, config: Partial<Config> = {}) => check(text, config).map((f) => [f.text, f.start] as const);

describe('undefined-acronym', () => {
  it('flags an acronym that is never spelled out, suggesting the known expansion', () => {
    const [f, ...rest] = check('The ICB will decide in May.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'undefined-acronym',
      severity: 'warning',
      blockId: 'b0',
      start: 4,
      end: 7,
      text: 'ICB',
      message: 'Spell out ‘ICB’ the first time you use it: ‘Integrated Care Board (ICB)’.',
      suggestions: ['Integrated Care Board (ICB)'],
      barriers: ['inaccessible-language', 'poor-communication'],
      enablers: ['check-understanding'],
    });
  });

  it('flags only the first use of each acronym', () => {
    expect(flagged('The PCN and the ICB met. The PCN and the ICB agreed.')).toEqual([
      ['PCN', 4],
      ['ICB', 16],
    ]);
  });

  it('says how to spell out an acronym we do not know', () => {
    expect(check('Join the XQZ group.')[0]).toMatchObject({
      text: 'XQZ',
      message: 'Spell out ‘XQZ’ the first time you use it: write the words in full, then ‘(XQZ)’.',
      suggestions: [],
    });
  });

  it('offers each meaning of an acronym with more than one', () => {
    expect(check('Read the SAR.')[0]).toMatchObject({
      message:
        'Spell out ‘SAR’ the first time you use it, for example ‘safeguarding adults review (SAR)’ or ‘subject access request (SAR)’.',
      suggestions: ['safeguarding adults review (SAR)', 'subject access request (SAR)'],
    });
  });

  it('handles plurals and possessives', () => {
    const [f] = check('Local PCNs will help.');
    expect(f).toMatchObject({ text: 'PCNs', start: 6, end: 10, suggestions: ['Primary Care Networks (PCNs)'] });
    expect(check('The ICB’s plan.')[0]).toMatchObject({ text: 'ICB', start: 4, end: 7 });
  });

  it('capitalises the suggestion at the start of a sentence', () => {
    expect(check('SDM helps. We use it.')[0]!.suggestions).toEqual(['Shared decision making (SDM)']);
    expect(check('We use SDM.')[0]!.suggestions).toEqual(['shared decision making (SDM)']);
  });

  it.each([
    'The Integrated Care Board (ICB) will decide. The ICB meets monthly.',
    'The ICB (Integrated Care Board) will decide. The ICB meets monthly.',
    'The ICB (the Integrated Care Board) will decide.',
    'The Integrated Care Boards (ICBs) will decide. Each ICB meets monthly.',
    'The Voluntary, Community and Social Enterprise (VCSE) sector will help. The VCSE knows people.',
    'Accident and Emergency (A&E) and the Department for Education (DfE) agree. The DfE said so.',
    'NHS England (NHSE) funds it. NHSE agreed.',
    'ICB stands for Integrated Care Board. The ICB decides.',
    'Our Integrated Care Board – ICB – decides. The ICB meets monthly.',
    'Discharge to assess (D2A) is new. D2A helps.',
  ])('accepts an acronym spelled out at or before its first use: “%s”', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('accepts a definition in an earlier block, a glossary line or a glossary table', () => {
    expect(lintBlocks([['paragraph', 'The Primary Care Network (PCN) is new.'], ['paragraph', 'Ask your PCN.']])).toEqual([]);
    expect(lintBlocks([['list-item', 'PCN: Primary Care Network'], ['paragraph', 'Ask your PCN.']])).toEqual([]);
    expect(
      lintBlocks([
        ['table-cell', 'PCN'],
        ['table-cell', 'Primary Care Network'],
        ['paragraph', 'Ask your PCN.'],
      ]),
    ).toEqual([]);
  });

  it('flags a use before the definition and says the definition is further on', () => {
    const found = lintBlocks([
      ['paragraph', 'Ask your PCN.'],
      ['paragraph', 'A Primary Care Network (PCN) is a group of GP practices.'],
    ]);
    expect(found.map((f) => [f.blockId, f.text, f.message])).toEqual([
      [
        'b0',
        'PCN',
        'Spell out ‘PCN’ the first time you use it: ‘Primary Care Network (PCN)’. You spell it out later in the document: move that up to here.',
      ],
    ]);
  });

  it('uses the document’s own words when it spells an acronym out later', () => {
    const found = lintBlocks([
      ['paragraph', 'The XQZ meets monthly.'],
      ['paragraph', 'The Xylophone Quartet Zone (XQZ) is a choir.'],
    ]);
    expect(found[0]!.suggestions).toEqual(['Xylophone Quartet Zone (XQZ)']);
  });

  it('accepts an acronym whose full name appears earlier, even without brackets', () => {
    expect(
      lintBlocks([
        ['heading', 'NHS North Calder Integrated Care Board'],
        ['paragraph', 'This year the ICB listened to 9,000 people.'],
      ]),
    ).toEqual([]);
    expect(check('The Kingsway Patient Participation Group meets monthly. Contact the PPG coordinator.')).toEqual([]);
    expect(check('We use shared decision making in clinics. SDM helps people choose.')).toEqual([]);
    // The name must come first.
    expect(flagged('Contact the PPG coordinator. The Patient Participation Group meets monthly.')).toEqual([['PPG', 12]]);
  });

  it('leaves Freepost addresses and long words in capitals alone', () => {
    expect(check('By post: Freepost CALDER HIGHWAYS, or call us.')).toEqual([]);
    expect(check('Our WESTMERE office is open.')).toEqual([]);
    // A long acronym we know is still flagged.
    expect(flagged('Ask the SENDIASS team.')).toEqual([['SENDIASS', 8]]);
  });

  it('lets a heading use an acronym that the text under it spells out', () => {
    expect(
      lintBlocks([
        ['heading', 'ICB engagement plan'],
        ['paragraph', 'NHS Somewhere Integrated Care Board (ICB) wants your views.'],
      ]),
    ).toEqual([]);
    // …but not when the spelling out comes much later.
    const found = lintBlocks([
      ['heading', 'ICB engagement plan'],
      ['paragraph', 'We want your views.'],
      ['paragraph', 'The Integrated Care Board (ICB) decides.'],
    ]);
    expect(found.map((f) => [f.blockId, f.text])).toEqual([['b0', 'ICB']]);
  });

  it('ignores headings in capitals and shouting', () => {
    expect(lintBlocks([['heading', 'ICB AND PCN ENGAGEMENT PLAN']])).toEqual([]);
    expect(check('PLEASE BRING YOUR CQC LETTER with you.')).toEqual([]);
    expect(check('Please DO NOT park here. NOTE: parking is free.')).toEqual([]);
  });

  it('ignores one small word in capitals for stress, but not initials that look like words', () => {
    expect(check('Come and have YOUR say on the park. Replies MUST reach us by Friday.')).toEqual([]);
    expect(check('WHEN: Monday at 6pm. WHERE: the library.')).toEqual([]);
    expect(flagged('Ask the PALS team, or read the SMART targets.').map(([t]) => t)).toEqual(['PALS', 'SMART']);
  });

  it('still flags acronyms listed with commas', () => {
    expect(flagged('NHS, ICB, PCN and CQC staff will be there.').map(([t]) => t)).toEqual(['ICB', 'PCN', 'CQC']);
  });

  it('skips acronyms most people know, Roman numerals, times and postcodes', () => {
    for (const text of [
      'See your GP or go to A&E. The NHS and the UK government agree. COVID-19 is still here.',
      'GPs, MPs and the BBC were there. Watch it on TV. It is OK to ask.',
      'Part IV and Section XII apply. See chapter II and Part III. Phase IV starts soon. Part CD applies.',
      'Meet at 10 AM or 2 PM.',
      'Come to the hall at NW1 2AB or SW1A 1AA.',
    ])
      expect(check(text), text).toEqual([]);
  });

  it('does not look inside URLs or e-mail addresses', () => {
    expect(check('Visit www.ICB.example.org.uk or email PCN.team@example.nhs.uk.')).toEqual([]);
    expect(flagged('Visit www.example.org.uk/ICB and ask the ICB.')).toEqual([['ICB', 41]]);
  });

  it('skips acronyms the organisation adds in config.acronyms, in any case', () => {
    expect(check('The ICB and the PCN agree.', { acronyms: ['ICB', 'pcn'] })).toEqual([]);
    expect(flagged('The ICB and the PCN agree.', { acronyms: ['ICB'] })).toEqual([['PCN', 16]]);
  });

  it('can be turned off or given another severity', () => {
    expect(check('The ICB agrees.', { rules: { 'undefined-acronym': 'off' } })).toEqual([]);
    expect(check('The ICB agrees.', { rules: { 'undefined-acronym': 'suggestion' } })[0]!.severity).toBe('suggestion');
  });

  it('re-checks an edited document quickly and with the same results', () => {
    const local = new Linter([undefinedAcronym]);
    const doc = (first: string) => ({
      blocks: [
        { id: 'a', kind: 'paragraph' as const, text: first },
        { id: 'b', kind: 'paragraph' as const, text: 'The Integrated Care Board (ICB) decides.' },
      ],
      meta: {},
    });
    expect(local.lint(doc('Ask the ICB.')).findings.map((f) => f.text)).toEqual(['ICB']);
    const edited = local.lint(doc('Ask the panel.'));
    expect(edited.analysedBlocks).toBe(1);
    expect(edited.findings).toEqual([]);
  });
});

describe('acronym data and scanning', () => {
  it('has more than 150 expansions, each a plain phrase, and every listed key looks like an acronym', () => {
    const expansions = Object.entries(data.expansions);
    expect(expansions.length).toBeGreaterThan(150);
    for (const [acronym, value] of expansions) {
      expect(isAcronymShape(acronym), acronym).toBe(true);
      for (const e of Array.isArray(value) ? value : [value]) expect(e.trim().length, acronym).toBeGreaterThan(2);
    }
    expect(knownExpansions('ICB')).toEqual(['Integrated Care Board']);
    expect(knownExpansions('XQZ')).toEqual([]);
  });

  it('never lists an acronym as both common and needing expansion', () => {
    const common = new Set(data.common.map((a) => a.toUpperCase()));
    expect(Object.keys(data.expansions).filter((a) => common.has(a.toUpperCase()))).toEqual([]);
  });

  it('recognises acronym shapes', () => {
    for (const yes of ['ICB', 'VCSE', 'A&E', 'DfE', 'EoL', 'D2A', 'CAMHS']) expect(isAcronymShape(yes), yes).toBe(true);
    for (const no of ['I', 'A', 'Ltd', 'McDonald', 'iPhone', 'Icb', 'ICB&', '2AB', 'SENDCo']) expect(isAcronymShape(no), no).toBe(false);
  });

  it('reports which uses spell themselves out', () => {
    const text = 'Shared Decision Making (SDM) is part of the PCN plan.';
    const uses = scanAcronyms(text, maskText(text), false, new Set());
    expect(uses).toEqual([
      { acronym: 'SDM', plural: false, start: 24, end: 27, defines: true, expansion: 'Shared Decision Making' },
      { acronym: 'PCN', plural: false, start: 44, end: 47, defines: false },
    ]);
  });

  it('does not count brackets after words that do not give the letters as spelling it out', () => {
    // A job title whose words do not match: still undefined.
    expect(flagged('Report of: Strategic Director, Adults and Health (DASS)')).toEqual([['DASS', 50]]);
    expect(flagged('Ask our local health board (the ICB) for help.').map(([t]) => t)).toEqual(['ICB']);
    // The words match loosely (a word skipped, a capital inside a word) or are the listed expansion.
    expect(flagged('The National Institute for Health and Care Excellence (NICE) says so.')).toEqual([]);
    expect(flagged('Calder HealthWatch (HW) visited the ward.')).toEqual([]);
    expect(flagged('Our Director of Adult Social Services (DASS) will decide.')).toEqual([]);
    expect(flagged('Talk to an Approved Mental Health Professional (AMHP). The AMHP will visit.')).toEqual([]);
  });

  it('matches initials loosely, but not any words at all', () => {
    const at = (text: string, acronym: string) => {
      const span = looseInitialsBefore(text, text.length, acronym);
      return span && text.slice(span.start, span.end);
    };
    expect(at('National Institute for Health and Care Excellence', 'NICE')).toBe('National Institute for Health and Care Excellence');
    expect(at('Strategic Director, Adults and Health', 'DASS')).toBeNull();
    expect(at('Report of: Director', 'RD')).toBeNull();
    expect(at('Head of Service for Public Health', 'DPH')).toBeNull();
    // Words after the name are allowed: "Director of Public Health for Calder (DPH)".
    expect(at('Director of Public Health for Calder', 'DPH')).toBe('Director of Public Health for Calder');
  });

  it('leaves Freepost codes, PO boxes and labels in capitals alone', () => {
    expect(flagged('Send it to FREEPOST RTYU-HCBX-ZKLA, Parking Consultation, PO Box 1022, Hallam HC1 9ZZ.')).toEqual([]);
    expect(flagged('Freepost RRKT-XBHZ-SCLY, Stroke Consultation')).toEqual([]);
    expect(flagged('REPLY SLIP – Linden Court caretaking proposal')).toEqual([]);
    expect(flagged('BOOKING FORM for the open day')).toEqual([]);
    // Two acronyms side by side are still acronyms; so is a PO that is not a box.
    expect(flagged('The PCN VCSE lead will attend.').map(([t]) => t)).toEqual(['PCN', 'VCSE']);
    expect(flagged('Quote the PO number on your invoice.').map(([t]) => t)).toEqual(['PO']);
    // A known acronym that reads as a word is still an acronym, even next to another.
    expect(flagged('SEND CAMHS waiting times').map(([t]) => t)).toEqual(['SEND', 'CAMHS']);
  });

  it('leaves reference codes, e-mail header labels and MS Teams alone', () => {
    expect(flagged('Ref: HC/2024/117. Our ref: JS/HT. CC: Ward councillors.')).toEqual([]);
    expect(flagged('Join on MS Teams.')).toEqual([]);
    // The same letters in running text are still acronyms.
    expect(flagged('MS is a long-term condition. The PCN-led service and the ICB/LA partnership.').map(([t]) => t)).toEqual([
      'MS',
      'PCN',
      'ICB',
      'LA',
    ]);
  });

  it('tells words in capitals from strings of initials', () => {
    for (const yes of ['REPLY', 'SLIP', 'FORM', 'TEAR', 'STREET', 'BRIDGE']) expect(readsAsWord(yes), yes).toBe(true);
    for (const no of ['VCSE', 'ICBS', 'PCN', 'HCBX', 'RTYU', 'NHSE', 'CCGS']) expect(readsAsWord(no), no).toBe(false);
  });

  it('spells out ICT: many readers do not know it', () => {
    expect(flagged('Talk to the Head of ICT.').map(([t]) => t)).toEqual(['ICT']);
  });
});

describe('undefined-acronym: quarters of the financial year', () => {
  const acr = new Linter([undefinedAcronym]);
  const flagged = (...paras: string[]) =>
    acr.lint({ blocks: paras.map((text, i) => ({ id: `b${i}`, kind: 'paragraph' as const, text })), meta: {} }, {}).findings;

  it('flags the first quarter code once, and suggests the months', () => {
    const [f, ...rest] = flagged('Friends and Family Test results Q4', 'Q1 2026/27: new phone system', 'Q2 2026/27: review');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ text: 'Q4', suggestions: ['January to March'] });
    expect(f!.message).toContain('Say the months');
  });

  it.each([
    ['the months are given', ['Q1 (April–June 2027): launch', 'Q2 (July–September 2027): events']],
    ['the months follow without brackets', ['Q4 January to March 2027: evaluation']],
    ['survey question numbers', ['Q1. Do you agree with the plan?', 'Q2 Do you use the bus?', 'Please answer question Q3 below.']],
  ])('does not flag %s', (_what, paras) => {
    expect(flagged(...paras)).toEqual([]);
  });

  it('leaves the quarter to the skip list like any acronym', () => {
    const acr2 = new Linter([undefinedAcronym]);
    expect(acr2.lint({ blocks: [{ id: 'b', kind: 'paragraph', text: 'Results for Q4 are in.' }], meta: {} }, { acronyms: ['Q4'] }).findings).toEqual([]);
  });
});
