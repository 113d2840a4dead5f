import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/engine/text';
import type { AnalysedBlock } from '../../../src/engine/rule';
import { readProfiles } from '../../../src/engine/profiles';
import { FEATURE_NAMES, KINDS, profileFeatures } from './profile-features';
import { fittedKinds, type ProfileModel } from './profile-model';
import { parsePlainText } from '../../../src/sources/plain-text';
import weights from './profile-weights.json';
import { fitModel, standardiser } from './profile-fit';
import { fitLogistic } from './logistic';

const blocksOf = (text: string): AnalysedBlock[] => parsePlainText(text).doc.blocks.map((block, index) => ({ block, index, analysis: analyseText(block.text) }));
const featuresOf = (text: string): Record<string, number> => {
  const blocks = blocksOf(text);
  const x = profileFeatures(blocks, readProfiles(blocks));
  return Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, x[j]!]));
};

const CONSULTATION = 'Changes to the mobile library route\n\nWe are consulting on a new route for the mobile library. Please fill in the survey by 12 June and tell us what you think of the proposals.';
const INVITATION = 'Come to our open evening\n\nYou are invited to an open evening about the new health centre.\n\nDate: Thursday 4 June\n\nTime: 6pm to 8pm\n\nVenue: Brook Street community hall';
const REPORT = 'What you told us: park survey results\n\nLast spring 312 residents filled in our survey about the riverside park. Most people said they wanted more benches. Many told us the paths were too narrow. We listened and widened two paths in the autumn.';

describe('profile features', () => {
  it('gives one finite number per named feature, even for a page with almost nothing on it', () => {
    for (const text of [CONSULTATION, INVITATION, REPORT, 'Hello', '']) {
      const x = Object.values(featuresOf(text));
      expect(x).toHaveLength(FEATURE_NAMES.length);
      for (const v of x) expect(Number.isFinite(v)).toBe(true);
    }
    expect(Object.values(featuresOf('Hello')).every((v) => v === 0 || Number.isFinite(v))).toBe(true);
  });

  it('puts a title that names the kind in the title zone, not the body', () => {
    const f = featuresOf('Bus station consultation\n\nThe new bus station would open in 2028.');
    expect(f['consultation:title-cues']).toBeGreaterThan(0);
    expect(f['consultation:body-cues']).toBe(0);
    // A consultation named only in passing, further down, is body weight.
    const g = featuresOf('Bus station news\n\nThe new bus station would open in 2028. Last year we mentioned the consultation about it in our newsletter and on our website.');
    expect(g['consultation:title-cues']).toBe(0);
  });

  it('reads the meeting details and dated events of an invitation, and none on a page without them', () => {
    const f = featuresOf(INVITATION);
    expect(f['meeting-labels']).toBe(3);
    expect(f['time-share']).toBeGreaterThan(0);
    expect(f['meeting-invitation:hand-decides']).toBe(1);
    const g = featuresOf(REPORT);
    expect(g['meeting-labels']).toBe(0);
    expect(g['time-share']).toBe(0);
  });

  it('tells a page told in the past from one that looks ahead', () => {
    const past = featuresOf(REPORT);
    const ahead = featuresOf(CONSULTATION);
    expect(past['past-share']).toBeGreaterThan(ahead['past-share']!);
    expect(past['report:hand-decides']).toBe(1);
    expect(ahead['report:hand-decides']).toBe(0);
  });

  it('counts questions and who the page speaks as: "we" against "you"', () => {
    const asks = featuresOf('Do you use the library van? Would a Saturday stop suit you? Which stop do you use?');
    expect(asks['question-share']).toBeGreaterThan(0.5);
    expect(asks['we-against-you']).toBe(0);
    const tells = featuresOf('We run the library van. We stop in four villages and our drivers know the routes well.');
    expect(tells['question-share']).toBe(0);
    expect(tells['we-against-you']).toBe(1);
  });
});

describe('profile weights (tests/corpus/fitted/profile-weights.json, npm run fit:profiles)', () => {
  const model = weights as ProfileModel;
  it('are fitted on the features the extractor gives, in the same order, for every kind', () => {
    expect(model.features).toEqual(FEATURE_NAMES);
    expect(model.mean).toHaveLength(FEATURE_NAMES.length);
    expect(model.scale).toHaveLength(FEATURE_NAMES.length);
    expect(Object.keys(model.kinds).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) {
      expect(model.kinds[kind].weights).toHaveLength(FEATURE_NAMES.length);
      expect(Number.isFinite(model.kinds[kind].bias)).toBe(true);
    }
    for (const s of model.scale) expect(s).toBeGreaterThan(0);
    expect(model.nearest).toBeGreaterThan(0);
    expect(model.nearest).toBeLessThanOrEqual(0.5);
  });

  it('read our own example pages as the kinds they are', () => {
    const kinds = (text: string) => {
      const blocks = blocksOf(text);
      return fittedKinds(model, profileFeatures(blocks, readProfiles(blocks)));
    };
    expect(kinds(CONSULTATION)).toEqual(['consultation']);
    expect(kinds(INVITATION)).toEqual(['meeting-invitation']);
    expect(kinds(REPORT)).toEqual(['report']);
    expect(kinds('Opening hours\n\nThe library is open Monday to Friday, 9am to 5pm.')).toEqual([]);
  });
});

describe('the fitted decision (profile-model.ts)', () => {
  // One feature; consultation's probability is sigmoid(x), report's sigmoid(-x - 1).
  const model: ProfileModel = {
    features: ['x'],
    mean: [0],
    scale: [1],
    kinds: { consultation: { bias: 0, weights: [1] }, 'engagement-plan': { bias: -5, weights: [0] }, 'meeting-invitation': { bias: -5, weights: [0] }, report: { bias: -1, weights: [-1] } },
    nearest: 0.3,
  };
  it('reads a page as every kind whose probability reaches one half', () => {
    expect(fittedKinds(model, [2])).toEqual(['consultation']);
    expect(fittedKinds(model, [-3])).toEqual(['report']);
  });
  it('takes the likeliest kind when none reaches one half but it reaches the nearest-kind bar, and general below it', () => {
    // x = -0.4: consultation 0.40, report 0.35.
    expect(fittedKinds(model, [-0.4])).toEqual(['consultation']);
    expect(fittedKinds(model, [-0.4], 0.5)).toEqual([]);
    // x = -0.9: consultation 0.29, report 0.48.
    expect(fittedKinds(model, [-0.9])).toEqual(['report']);
    expect(fittedKinds({ ...model, nearest: 0.49 }, [-0.9])).toEqual([]);
  });
});

describe('fitting (tests/corpus/fitted/profile-fit.ts)', () => {
  it('standardises columns, leaving a column that never varies at scale 1', () => {
    const { mean, scale } = standardiser([[1, 5], [3, 5]]);
    expect(mean).toEqual([2, 5]);
    expect(scale).toEqual([1, 1]);
  });

  it('weighs a feature that goes with the label positively and one against it negatively, the same on every run', () => {
    const z = [[1, -1], [2, -1], [1.5, 1], [-1, 1], [-2, -1], [-1.5, 1], [0.5, 1], [-0.5, -1]];
    const y = [1, 1, 1, 0, 0, 0, 0, 1];
    const fit = fitLogistic(z, y, { lambda: 1 });
    expect(fit.weights[0]).toBeGreaterThan(0);
    expect(Math.abs(fit.weights[1]!)).toBeLessThan(fit.weights[0]!);
    expect(fitLogistic(z, y, { lambda: 1 })).toEqual(fit);
    // More regularisation, smaller weights.
    expect(Math.abs(fitLogistic(z, y, { lambda: 100 }).weights[0]!)).toBeLessThan(fit.weights[0]!);
  });

  it('fits a model per kind that reads its training pages back', () => {
    const examples = [
      { x: [3, 0], kinds: ['consultation' as const] },
      { x: [2, 0], kinds: ['consultation' as const] },
      { x: [0, 3], kinds: ['report' as const] },
      { x: [0, 2], kinds: ['report' as const] },
      { x: [0, 0], kinds: [] },
    ];
    const model = fitModel(examples, ['a', 'b'], ['consultation', 'report'], 0.1, 0.5);
    expect(fittedKinds(model, [3, 0])).toEqual(['consultation']);
    expect(fittedKinds(model, [0, 3])).toEqual(['report']);
  });
});
