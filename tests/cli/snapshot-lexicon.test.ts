/**
 * The start-up snapshot leaves out compromise's first copy of its word list
 * (bin/build-cli.mjs, withFirstLexiconForgettable): a function is put into
 * compromise's own scope that empties that object, and only that object.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { FORGET_FIRST_LEXICON as KEY, withFirstLexiconForgettable as untyped } from '../../bin/build-cli.mjs';

const patch = untyped as (code: string) => string;
const key = Symbol.for(KEY as string);
type Forget = (inUse: unknown) => boolean;

/** A small stand-in shaped like compromise's build: a word list, copied into the model it uses. */
const toy = [
  '(function(){var Xo={walk:"Verb",meeting:"Noun"};Xo.extra="Adjective";',
  'let ms={one:{_multiCache:{},lexicon:Xo,frozenLex:{}}};',
  'const world={model:{one:{lexicon:Object.assign({},ms.one.lexicon)}}};',
  'globalThis.toyFirst=Xo;globalThis.toyWorld=world;})();',
].join('');

function runToy(code: string): { first: Record<string, string>; inUse: Record<string, string>; forget?: Forget } {
  new Function(code)();
  const g = globalThis as unknown as Record<string | symbol, unknown>;
  const result = {
    first: g.toyFirst as Record<string, string>,
    inUse: (g.toyWorld as { model: { one: { lexicon: Record<string, string> } } }).model.one.lexicon,
    forget: g[key] as Forget | undefined,
  };
  delete g.toyFirst;
  delete g.toyWorld;
  delete g[key];
  return result;
}

describe('withFirstLexiconForgettable', () => {
  it('empties the first word list and leaves the one in use whole', () => {
    const { first, inUse, forget } = runToy(patch(toy));
    expect(forget).toBeTypeOf('function');
    expect(forget!(inUse)).toBe(true);
    expect(Object.keys(first)).toEqual([]);
    expect(inUse).toEqual({ walk: 'Verb', meeting: 'Noun', extra: 'Adjective' });
  });

  it('does nothing when the first list is the one in use', () => {
    const { first, forget } = runToy(patch(toy));
    expect(forget!(first)).toBe(false);
    expect(Object.keys(first)).toHaveLength(3);
  });

  it('leaves code that does not look like compromise as it is', () => {
    const other = 'let ms={one:{lexicon:Xo}};';
    expect(patch(other)).toBe(other);
  });

  it('finds its place in the compromise build that is installed', () => {
    // If an update of compromise changes its build, this fails: the snapshot would hold the list twice.
    const code = readFileSync(new URL('../../node_modules/compromise/builds/three/compromise-three.cjs', import.meta.url), 'utf8');
    expect(patch(code)).not.toBe(code);
  });
});
