/**
 * A meaning (rules/lib/sections.ts) read from rule data: the groups
 * `<name>.headings`, `<name>.phrases`, `<name>.not` and `<name>.needs` of a
 * file in rules/patterns/. Each is optional; hits carry their pattern's id.
 */
import type { Meaning } from './sections';
import { DATA, patternGroup } from './slot-pattern';

const made = new Map<string, Meaning>();

/**
 * The meaning is compiled on first use, not when a rule file is loaded: the
 * command starts without compiling every pattern of every rule.
 */
export function meaningFrom(file: string, name: string): Meaning {
  const key = `${file}/${name}`;
  const known = made.get(key);
  if (known) return known;
  let built: Meaning | undefined;
  const build = () => (built ??= buildMeaning(file, name));
  const meaning: Meaning = {
    get headings() {
      return build().headings;
    },
    get phrases() {
      return build().phrases;
    },
    get not() {
      return build().not;
    },
    get needs() {
      return build().needs;
    },
    get ids() {
      return build().ids;
    },
  };
  made.set(key, meaning);
  return meaning;
}

function buildMeaning(file: string, name: string): Meaning {
  const groups = DATA.files[file]?.groups ?? {};
  const part = (suffix: string) => (groups[`${name}.${suffix}`] ? patternGroup(file, `${name}.${suffix}`) : undefined);
  const headings = part('headings');
  const phrases = part('phrases');
  const not = part('not');
  const needs = part('needs');
  if (!headings && !phrases) throw new Error(`rules/patterns/${file}.yaml has no "${name}.headings" or "${name}.phrases".`);
  const meaning: Meaning = {
    ...(headings ? { headings: headings.map((p) => p.re) } : {}),
    ...(phrases ? { phrases: phrases.map((p) => p.re) } : {}),
    ...(not ? { not: not.map((p) => p.re) } : {}),
    ...(needs ? { needs: needs.map((p) => p.re) } : {}),
    ids: {
      ...(headings ? { headings: headings.map((p) => p.id) } : {}),
      ...(phrases ? { phrases: phrases.map((p) => p.id), phraseUnless: phrases.map((p) => p.unless) } : {}),
    },
  };
  return meaning;
}
