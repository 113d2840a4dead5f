/**
 * The fitted doing-to scorer: its general features (tests/corpus/fitted/doing-to-features.ts), its weights file, and the
 * scores it gives. Sentences in our own words.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/nlp';
import { FEATURES, sentenceFeatures, type FeatureName } from './doing-to-features';
import { DOING_TO_WEIGHTS, scoreSentence, weightsMatchFeatures } from './doing-to-scorer';
import weightsFile from './doing-to-weights.json';

const PARA = { heading: false, listItem: false };
const on = (text: string, layout = PARA, fires = false): FeatureName[] =>
  FEATURES.filter((_, j) => sentenceFeatures(parse, text, layout, fires)[j] === 1);

describe('doing-to features', () => {
  it('gives one 0/1 number per feature', () => {
    const x = sentenceFeatures(parse, 'Tenants will be moved to the new block in spring.', PARA, false);
    expect(x).toHaveLength(FEATURES.length);
    expect(x.every((v) => v === 0 || v === 1)).toBe(true);
  });

  it.each<[string, FeatureName[]]>([
    ['Tenants will be moved to the new block in spring.', ['people-subject-passive', 'people-done-to', 'handling-verb']],
    ['You must bring a photo card to the hall.', ['you-subject-obligation', 'people-ordered', 'obligation', 'reader-word']],
    ['Patients wishing to see the nurse must book online.', ['people-subject-obligation', 'people-ordered']],
    ['Please do not park on the grass verge.', ['imperative', 'negative', 'please']],
    ['We will tell residents about the new bin days.', ['org-subject', 'org-acts-on-people', 'telling-verb']],
    ['If you have a question, ring the office.', ['condition-first', 'reader-word']],
  ])('reads “%s” as %j', (text, expected) => {
    expect(on(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each<[string, FeatureName[]]>([
    ['Residents are invited to a drop-in at the library.', ['people-done-to', 'people-ordered']],
    ['You do not have to do anything.', ['people-ordered']],
    ['Carers were moved to the new office last year.', ['people-done-to']],
    ['The survey will be published online.', ['people-subject-passive', 'you-subject-passive', 'people-done-to']],
  ])('does not read “%s” as %j', (text, absent) => {
    const got = on(text);
    for (const f of absent) expect(got).not.toContain(f);
  });

  it('marks an invitation as a passive of taking part', () => {
    expect(on('Residents are invited to a drop-in at the library.')).toContain('passive-taking-part-verb');
  });

  it('reads layout and the rule from the caller, not the words', () => {
    expect(on('Opening times', { heading: true, listItem: false })).toEqual(expect.arrayContaining(['heading', 'short']));
    expect(on('Bring your own cup.', { heading: false, listItem: true })).toContain('list-item');
    expect(on('Bring your own cup.', PARA, true)).toContain('rule-fires');
  });
});

describe('doing-to weights file', () => {
  it('holds numbers for the features in their order, and nothing else', () => {
    expect(Object.keys(weightsFile).sort()).toEqual(['bias', 'features', 'lambda', 'threshold', 'weights']);
    expect(weightsMatchFeatures()).toBe(true);
    expect(DOING_TO_WEIGHTS.weights.every((w) => Number.isFinite(w))).toBe(true);
    expect(Number.isFinite(DOING_TO_WEIGHTS.bias)).toBe(true);
    expect(DOING_TO_WEIGHTS.threshold).toBeGreaterThan(0);
    expect(DOING_TO_WEIGHTS.threshold).toBeLessThan(1);
    expect(DOING_TO_WEIGHTS.lambda).toBeGreaterThan(0);
  });

  it('notices weights fitted on other features', () => {
    expect(weightsMatchFeatures({ ...DOING_TO_WEIGHTS, features: [...DOING_TO_WEIGHTS.features].reverse() })).toBe(false);
  });
});

describe('doing-to scorer', () => {
  const score = (text: string, layout = PARA, fires = false) => scoreSentence(parse, text, layout, fires);

  it('scores an order to people above an invitation', () => {
    expect(score('Tenants must clear their balconies by Friday.')).toBeGreaterThan(score('Tenants are invited to a coffee morning on Friday.'));
  });

  it('scores people handled by the organisation above a thing being published', () => {
    expect(score('Patients will be transferred to the new practice.')).toBeGreaterThan(score('The minutes will be published on the website.'));
  });

  it('scores a heading below the same words in a paragraph', () => {
    const text = 'Residents must register';
    expect(score(text, { heading: true, listItem: false })).toBeLessThan(score(text));
  });

  it('puts a sentence the rule already flags above the threshold, and a plain fact below it', () => {
    expect(score('Residents will be told of the decision.', PARA, true)).toBeGreaterThan(DOING_TO_WEIGHTS.threshold);
    expect(score('The library opens at nine on weekdays.')).toBeLessThan(DOING_TO_WEIGHTS.threshold);
  });
});
