import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { BASE_JARGON, jargon } from '../../rules/jargon';
import { termKey } from '../../rules/lib/word-matcher';

const linter = new Linter([jargon]);
const found = (text: string, allow: string[] = []) =>
  linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { allow }).findings;
const texts = (text: string, allow: string[] = []) => found(text, allow).map((f) => f.text);

describe('jargon: management-speak verb + noun pairs', () => {
  it.each([
    ['We will drive continuous improvement.', 'drive continuous improvement', 'improve'],
    ['This drove real change.', 'drove real change', 'changed'],
    ['Plans to deliver better value for residents.', 'deliver better value', 'save money'],
    ['We must unlock the potential of our staff.', 'unlock the potential', 'help people do more'],
    ['The board wants to harness innovation.', 'harness innovation', 'try new ideas'],
    ['It will maximise impact.', 'maximise impact', 'make a difference'],
    ['We will manage demand over winter.', 'manage demand', 'cope with how many people need help'],
    ['It realised significant benefits.', 'realised significant benefits', 'helped people'],
    ['Teams are accelerating system-wide transformation.', 'accelerating system-wide transformation', 'changing'],
    ['We will optimize outcomes for patients.', 'optimize outcomes', 'improve results'],
  ])('“%s” → %s', (text, flagged, suggestion) => {
    const f = found(text).find((x) => x.text === flagged);
    expect(f, texts(text).join(' | ')).toBeDefined();
    expect(f!.suggestions[0]).toBe(suggestion);
  });

  it.each([
    'We will deliver the leaflets on Monday.',
    'Please drive carefully near the school.',
    'We will secure funding for the bus.',
    'You can manage your appointments online.',
    'The change of venue is on page 2.',
    'We realise this is a worry.',
  ])('leaves plain verbs and nouns alone: “%s”', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('can be switched off with the allow list', () => {
    expect(texts('We will drive improvement.', ['drive improvement'])).toEqual([]);
  });

  it('leaves a listed term to the list', () => {
    expect(texts('We drove change last year.')).toEqual(['drove change']);
  });
});

describe('jargon: sector vocabularies', () => {
  const listed = new Set(BASE_JARGON.map((t) => termKey(t.term)));
  it.each([
    ['emergency services', ['precept', 'wholetime', 'retained firefighter', 'response standard', 'mutual aid', 'convey', 'repatriate', 'handover delay']],
    ['waste and environment', ['residual waste', 'dry recyclables', 'kerbside collection', 'alternate weekly collection', 'energy from waste', 'decarbonisation']],
    ['education and SEND', ['denominational', 'sen support', 'attainment gap', 'pupil premium', 'statutory walking distance']],
    ['research and PPI', ['lay summary', 'lay member', 'applied health research', 'study steering committee', 'co-applicant', 'feasibility study']],
    ['digital health', ['tech-enabled', 'workflow', 'remote monitoring', 'proxy access', 'total triage', 'single sign-on']],
    ['NHS and care', ['caseload', 'social prescriber', 'first contact physiotherapist', 'step-up and step-down', 'medically stable', 'co-morbidity']],
    ['estates and capital', ['full business case', 'outline business case', 'backlog maintenance', 'practical completion', 'enabling works']],
    ['finance', ['revenue budget', 'medium term financial strategy', 'general fund', 'housing revenue account', 'cost pressure', 'earmarked reserves']],
    ['planning process', ['representations', 'consultee', 'statutory consultee', 'independent examiner', 'independent examination', 'statement of consultation', 'viability']],
    ['council governance and housing', ['quasi-judicial', 'economically inactive', 'indicative', 'mutual exchange', 'representative body', 'simpler recycling']],
    ['management-speak phrases', ['at the heart of', 'light-touch', 'consistent messaging', 'reputational risk', 'taken forward', 'relevant agencies']],
  ])('lists %s', (_family, terms) => {
    expect(terms.filter((t) => !listed.has(termKey(t)))).toEqual([]);
  });

  it.each([
    ['The service goes live in July.', 'goes live'],
    ['Patients will be conveyed by ambulance and repatriated later.', 'conveyed'],
    ['Hartley has wholetime firefighters.', 'wholetime firefighters'],
    ['Nurses have large caseloads.', 'caseloads'],
    ['Please help write lay summaries.', 'lay summaries'],
    ['Step-up and step-down beds will open.', 'Step-up and step-down'],
    ['The issue will be taken forward with the developer.', 'taken forward'],
    ['We read every one of the representations we were sent.', 'representations'],
    ['The plan goes to consultees such as the water company.', 'consultees'],
    ['The committee sits in a quasi-judicial role when it hears an appeal.', 'quasi-judicial'],
    ['Tenants can ask for mutual exchanges once a year.', 'mutual exchanges'],
  ])('finds them in any form: “%s”', (text, flagged) => {
    expect(texts(text)).toContain(flagged);
  });

  it('leaves representations of something, in the everyday sense, alone', () => {
    expect(texts('The mural shows representations of local people.')).toEqual([]);
  });

  it.each([
    'Your views will help us decide which proposals to take forward.',
    'He voted by proxy in the election.',
    'Put the sealed tender in the box, said the legal team.',
  ])('leaves the everyday sense alone: “%s”', (text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('jargon: names and titles', () => {
  it.each([
    'Apply to join a citizens’ jury on climate.',
    "Our citizens' panel has 1,400 members.",
    'Get advice from Citizens Advice.',
    'The Commissioner, Gareth Lyle, wants your views.',
    'Tell us what you think. The Commissioner will decide in February.',
  ])('does not flag a word inside the name of a method, a body or an office: “%s”', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('still flags the word used generally', () => {
    expect(texts('Citizens should be told.')).toEqual(['Citizens']);
    expect(texts('The commissioner will decide.')).toEqual(['commissioner']);
    expect(texts('Local commissioners will decide.')).toEqual(['commissioners']);
  });
});
