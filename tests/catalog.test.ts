import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BARRIERS,
  BARRIER_LINKS,
  ENABLERS,
  REVIEW_QUESTIONS,
  enablersForBarriers,
  getBarrier,
  getEnabler,
  questionsForBarriers,
} from '../rules/catalog';
import { ALL_RULES } from '../rules';

const barrierIds = new Set<string>(BARRIERS.map((b) => b.id));
const enablerIds = new Set<string>(ENABLERS.map((e) => e.id));

/** Paragraphs of the poster, split into barriers (before the first heading) and enablers (after). */
function readSeed(): { barriers: string[]; enablers: string[] } {
  const md = readFileSync(fileURLToPath(new URL('../rules/catalog/seed.md', import.meta.url)), 'utf8');
  const normalise = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  const barriers: string[] = [];
  const enablers: string[] = [];
  let inEnablers = false;
  for (const para of md.split(/\n\s*\n/)) {
    const text = normalise(para);
    if (!text) continue;
    if (/^#/.test(text)) {
      inEnablers = true;
      continue;
    }
    (inEnablers ? enablers : barriers).push(text);
  }
  return { barriers, enablers };
}

describe('catalog', () => {
  it('has 39 barriers and 37 enablers with unique ids', () => {
    expect(BARRIERS).toHaveLength(39);
    expect(ENABLERS).toHaveLength(37);
    expect(barrierIds.size).toBe(39);
    expect(enablerIds.size).toBe(37);
    for (const id of [...barrierIds, ...enablerIds]) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('uses the poster’s wording for every barrier and enabler', () => {
    const seed = readSeed();
    // "fear of change" is on the poster twice; the catalog has it once.
    expect(seed.barriers).toHaveLength(40);
    expect(new Set(seed.barriers).size).toBe(39);
    const catalogBarriers = BARRIERS.map((b) => ('detail' in b ? `${b.title} ${b.detail}` : b.title));
    expect(new Set(catalogBarriers)).toEqual(new Set(seed.barriers));
    expect(ENABLERS.map((e) => e.title).sort()).toEqual([...seed.enablers].sort());
  });

  it('links every barrier to at least one enabler, and only to enablers that exist', () => {
    expect(Object.keys(BARRIER_LINKS).sort()).toEqual([...barrierIds].sort());
    for (const [barrier, enablers] of Object.entries(BARRIER_LINKS)) {
      expect(enablers.length, barrier).toBeGreaterThan(0);
      expect(new Set(enablers).size, `${barrier} has a repeated link`).toBe(enablers.length);
      for (const e of enablers) expect(enablerIds.has(e), `${barrier} → ${e}`).toBe(true);
    }
  });

  it('links every enabler from at least one barrier', () => {
    const linked = new Set<string>(Object.values(BARRIER_LINKS).flat());
    const unlinked = [...enablerIds].filter((e) => !linked.has(e));
    expect(unlinked).toEqual([]);
  });

  it('covers every barrier with a rule or a reviewer question', () => {
    const covered = new Set<string>();
    for (const rule of ALL_RULES) for (const b of rule.meta.barriers) covered.add(b);
    for (const q of REVIEW_QUESTIONS) for (const b of q.barriers) covered.add(b);
    expect([...barrierIds].filter((b) => !covered.has(b))).toEqual([]);
  });

  it('uses only catalog ids in rules', () => {
    expect(ALL_RULES.length).toBeGreaterThan(0);
    for (const rule of ALL_RULES) {
      expect(rule.meta.barriers.length, rule.meta.id).toBeGreaterThan(0);
      expect(rule.meta.enablers.length, rule.meta.id).toBeGreaterThan(0);
      for (const b of rule.meta.barriers) expect(barrierIds.has(b), `${rule.meta.id}: barrier ${b}`).toBe(true);
      for (const e of rule.meta.enablers) expect(enablerIds.has(e), `${rule.meta.id}: enabler ${e}`).toBe(true);
    }
  });

  it('has well-formed reviewer questions with catalog ids', () => {
    const ids = REVIEW_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of REVIEW_QUESTIONS) {
      expect(q.question, q.id).toMatch(/^\p{Lu}.*\?$/u);
      expect(q.help.length, q.id).toBeGreaterThan(20);
      expect(q.barriers.length, q.id).toBeGreaterThan(0);
      expect(q.enablers.length, q.id).toBeGreaterThan(0);
      for (const b of q.barriers) expect(barrierIds.has(b), `${q.id}: barrier ${b}`).toBe(true);
      for (const e of q.enablers) expect(enablerIds.has(e), `${q.id}: enabler ${e}`).toBe(true);
    }
  });

  it('asks about the barriers that text cannot show', () => {
    const asked = new Set(REVIEW_QUESTIONS.flatMap((q) => q.barriers));
    for (const b of [
      'fear-of-change', 'lack-of-trust', 'no-senior-support', 'lack-of-confidence', 'lack-of-commitment',
      'getting-defensive', 'lack-of-belief-in-the-process', 'lack-of-skills-and-training', 'conflict-of-interest',
      'legal-issues', 'poor-facilitation', 'political-constraints', 'lack-of-resources', 'things-change-suddenly',
      'not-open-to-change-or-criticism', 'fear-of-getting-it-wrong', 'already-doing-co-production',
    ])
      expect(asked.has(b as never), b).toBe(true);
  });
});

describe('catalog helpers', () => {
  it('finds barriers and enablers by id', () => {
    expect(getBarrier('us-and-them-attitude')?.title).toBe("having an 'us and them' attitude");
    expect(getEnabler('no-one-more-important')?.title).toContain('no-one is more important');
    expect(getBarrier('no-such-barrier')).toBeUndefined();
    expect(getEnabler('no-such-enabler')).toBeUndefined();
  });

  it('gives linked enablers once each, in catalog order', () => {
    const result = enablersForBarriers(['lack-of-trust', 'poor-communication', 'not-a-barrier']);
    const ids = result.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = new Set([...BARRIER_LINKS['lack-of-trust'], ...BARRIER_LINKS['poor-communication']]);
    expect(new Set(ids)).toEqual(expected);
    const order = ENABLERS.map((e) => e.id as string);
    const positions = ids.map((id) => order.indexOf(id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(enablersForBarriers([])).toEqual([]);
  });

  it('finds the questions for a barrier', () => {
    const qs = questionsForBarriers(['conflict-of-interest']);
    expect(qs.map((q) => q.id)).toContain('conflict-of-interest');
    for (const q of qs) expect(q.barriers).toContain('conflict-of-interest');
  });
});
