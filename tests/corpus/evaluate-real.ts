/**
 * Accuracy on real published pages kept OUTSIDE the repository (their text
 * is other people's words, so it is never committed; `.real/` is
 * git-ignored). Each folder holds `<name>.txt` pages with a hand-written
 * `<name>.expected.json` beside each:
 *
 *   { "profiles": [...],
 *     "sections": { "feedback-use": "absent|thin|present", "timeline": …, "contact": …,
 *                   "meeting-access": …, "meeting-alternative": "absent|present" },
 *     "findings": [{ "ruleId": "jargon" | "undefined-acronym" | "doing-to", "text": "…" }] }
 *
 *   npx tsx tests/corpus/evaluate-real.ts .real/a .real/b [--verbose] [--doc name] [--fitted weights.json]
 *
 * --fitted scores the kinds of document read by a fitted model (profile-model.ts; weights from
 * `npm run fit:profiles -- --write FILE`) instead of the hand scorer, and the checks that follow from them.
 *
 * What it counts, per document, the way a user would judge the checker:
 *  - profile: the detected kinds equal the labelled kinds ("general" = none);
 *  - each section check: right when the part is absent and the rule fires,
 *    present and the rule is silent, or thin and the rule does not claim the
 *    part is missing (a softer "say more" finding is right, silence is allowed);
 *  - "does not say" claims where the document says it in some form (the
 *    number that must be 0);
 *  - jargon + acronyms: labelled phrases caught, language findings per 1,000 words;
 *  - doing-to: labelled sentences caught, and the share of its findings inside them.
 *
 * It prints figures only; it gates nothing (the pages are not in CI).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '../../src/lint';
import type { Finding, TextDoc } from '../../src/engine';
import { matchRule, targetsOf, toTextDoc, type Expectation } from './lib';
import { describeCoverage, patternCoverage } from './pattern-coverage';
import type { ProfileId } from '../../src/engine/types';
import { analyseText } from '../../src/engine/text';
import { readProfiles } from '../../src/engine/profiles';
import { FEATURE_NAMES, profileFeatures } from './fitted/profile-features';
import { fittedKinds, type ProfileModel } from './fitted/profile-model';

/** The kinds a fitted model reads the document as ("general" when none). */
function fittedProfiles(model: ProfileModel, doc: TextDoc): ProfileId[] {
  const blocks = doc.blocks.map((block, index) => ({ block, index, analysis: analyseText(block.text) }));
  const x = profileFeatures(blocks, readProfiles(blocks));
  // A model fitted on some of the features (fit-profiles --without) reads only those, by name.
  const kinds = fittedKinds(model, model.features.map((name) => x[FEATURE_NAMES.indexOf(name)]!));
  return kinds.length ? kinds : ['general'];
}

type State = 'absent' | 'thin' | 'present';
interface RealExpected {
  url?: string;
  profiles: string[];
  sections?: Partial<Record<SectionKey, State>>;
  findings: Expectation[];
  allowed?: Expectation[];
}
type SectionKey = 'feedback-use' | 'timeline' | 'contact' | 'meeting-access' | 'meeting-alternative';

/** Which rule checks each labelled part, and the kinds of document it runs for. */
const SECTION_RULES: Record<SectionKey, { rule: string; profiles: string[] }> = {
  'feedback-use': { rule: 'missing-feedback-use', profiles: ['consultation', 'engagement-plan'] },
  timeline: { rule: 'missing-timeline', profiles: ['consultation', 'engagement-plan'] },
  contact: { rule: 'missing-contact', profiles: ['consultation', 'meeting-invitation'] },
  'meeting-access': { rule: 'meeting-access', profiles: ['meeting-invitation'] },
  'meeting-alternative': { rule: 'meeting-in-person-only', profiles: ['meeting-invitation'] },
};

/** A message that tells the writer the part is not there at all. */
const ABSENT_CLAIM = /\bdoes not say\b|\bgives no\b|\bnothing about\b|\bthe only way to take part\b/i;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const onlyDoc = args.includes('--doc') ? args[args.indexOf('--doc') + 1] : undefined;
const fittedFile = args.includes('--fitted') ? args[args.indexOf('--fitted') + 1] : undefined;
const fitted = fittedFile ? (JSON.parse(readFileSync(fittedFile, 'utf8')) as ProfileModel) : undefined;
const dirs = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--doc' && args[i - 1] !== '--fitted');
if (!dirs.length) {
  console.error('usage: tsx tests/corpus/evaluate-real.ts <folder>… [--verbose] [--doc name]');
  process.exit(2);
}

interface Doc {
  name: string;
  source: string;
  expected: RealExpected;
}
const docs: Doc[] = [];
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const exp = join(dir, f.replace(/\.txt$/, '.expected.json'));
    if (!existsSync(exp)) continue;
    if (onlyDoc && !f.includes(onlyDoc)) continue;
    docs.push({ name: `${dir.replace(/.*\//, '')}/${f}`, source: readFileSync(join(dir, f), 'utf8'), expected: JSON.parse(readFileSync(exp, 'utf8')) as RealExpected });
  }
}

const linter = createLinter();
const tally = { profileRight: 0, profileDocs: 0 };
const sectionTally = new Map<SectionKey, { right: number; total: number; falseAbsent: number; neverFlag: number }>();
const lines: string[] = [];
let phrasesExpected = 0;
let phrasesCaught = 0;
let languageFindings = 0;
let languageExtra = 0;
let languageWarnings = 0;
let words = 0;
let doingToExpected = 0;
let doingToCaught = 0;
let doingToFindings = 0;
let doingToInside = 0;

const inside = (doc: TextDoc, f: Finding, exps: Expectation[]) => exps.some((e) => targetsOf(doc, e).some((o) => o.blockId === f.blockId && f.start !== null && f.end !== null && f.start < o.end && o.start < f.end));

const textDocs: TextDoc[] = [];
for (const d of docs) {
  const doc = await toTextDoc({ name: d.name, path: d.name, source: d.source, expected: { profiles: [], findings: [] } });
  textDocs.push(doc);
  const report = linter.lint(doc, fitted ? { profiles: fittedProfiles(fitted, doc) } : {});
  words += report.stats.words;
  const got = report.profiles.map((p) => p.id).filter((p) => p !== 'general').sort();
  const want = d.expected.profiles.filter((p) => p !== 'general').sort();
  tally.profileDocs++;
  const profileOk = got.join() === want.join();
  if (profileOk) tally.profileRight++;
  else lines.push(`${d.name}: profile got [${got.join(', ') || 'general'}] want [${want.join(', ') || 'general'}]  (${report.profiles.map((p) => `${p.id}: ${p.reasons.join('; ')}`).join(' | ')})`);

  for (const [key, state] of Object.entries(d.expected.sections ?? {}) as Array<[SectionKey, State]>) {
    const spec = SECTION_RULES[key];
    if (!spec || !want.some((p) => spec.profiles.includes(p))) continue;
    const t = sectionTally.get(key) ?? { right: 0, total: 0, falseAbsent: 0, neverFlag: 0 };
    sectionTally.set(key, t);
    const finds = report.findings.filter((f) => f.ruleId === spec.rule);
    const claimsAbsent = finds.some((f) => ABSENT_CLAIM.test(f.message));
    const right = state === 'absent' ? finds.length > 0 : state === 'present' ? finds.length === 0 : !claimsAbsent;
    t.total++;
    if (right) t.right++;
    if (state !== 'absent') t.neverFlag++;
    if (state !== 'absent' && claimsAbsent) t.falseAbsent++;
    if (!right) lines.push(`${d.name}: ${spec.rule} labelled ${state}; ${finds.length ? finds.map((f) => `“${f.message.slice(0, 110)}”`).join(' ') : 'no finding'}`);
  }

  const lang = d.expected.findings.filter((e) => e.ruleId === 'jargon' || e.ruleId === 'undefined-acronym');
  const langFinds = report.findings.filter((f) => f.ruleId === 'jargon' || f.ruleId === 'undefined-acronym');
  languageFindings += langFinds.length;
  languageWarnings += langFinds.filter((f) => f.severity !== 'suggestion').length;
  languageExtra += langFinds.filter((f) => !inside(doc, f, [...lang, ...(d.expected.allowed ?? [])])).length;
  for (const e of lang) {
    phrasesExpected++;
    // A labelled phrase counts as caught by either language rule (an acronym may be in the jargon list).
    const caught = langFinds.some((f) => inside(doc, f, [e]));
    if (caught) phrasesCaught++;
    else if (verbose) lines.push(`${d.name}: missed ${e.ruleId} “${e.text}”`);
  }
  const dt = d.expected.findings.filter((e) => e.ruleId === 'doing-to');
  const dtFinds = report.findings.filter((f) => f.ruleId === 'doing-to');
  const m = matchRule(doc, dt, dtFinds);
  doingToExpected += dt.length;
  doingToCaught += m.truePositives.length;
  doingToFindings += dtFinds.length;
  doingToInside += dtFinds.filter((f) => inside(doc, f, dt)).length;
  if (verbose) {
    for (const e of m.falseNegatives) lines.push(`${d.name}: missed doing-to “${e.text}”`);
    for (const f of dtFinds.filter((f) => !inside(doc, f, dt))) lines.push(`${d.name}: extra doing-to “${f.text}”`);
    for (const f of langFinds.filter((f) => !inside(doc, f, lang))) lines.push(`${d.name}: extra ${f.ruleId} “${f.text}”`);
  }
}

const pct = (a: number, b: number) => (b ? `${a}/${b} (${(a / b).toFixed(2)})` : 'n/a');
console.log(`Real pages: ${docs.length} documents, ${words} words`);
console.log(`profile right                 ${pct(tally.profileRight, tally.profileDocs)}`);
for (const [key, t] of sectionTally)
  console.log(`${SECTION_RULES[key].rule.padEnd(30)}${pct(t.right, t.total)}   never-flag ${pct(t.neverFlag, t.total)}   false "missing" claims ${t.falseAbsent}`);
const per1000 = (n: number) => ((n / Math.max(1, words)) * 1000).toFixed(1);
console.log(`jargon+acronym phrases caught ${pct(phrasesCaught, phrasesExpected)}; language findings ${languageFindings} (${per1000(languageFindings)} per 1,000 words; ${per1000(languageWarnings)} above suggestion; ${per1000(languageExtra)} on unlabelled words)`);
console.log(`doing-to sentences caught     ${pct(doingToCaught, doingToExpected)}; findings inside labelled sentences ${pct(doingToInside, doingToFindings)}`);
if (lines.length) console.log(`\n${lines.join('\n')}`);
console.log(`\n${describeCoverage(patternCoverage(textDocs), textDocs.length, process.argv.includes('--coverage'))}`);
