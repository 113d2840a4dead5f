/**
 * The start-up snapshot's bundle is rewritten in ASCII (bin/build-cli.mjs,
 * asciiOnly) so V8 keeps its text at one byte a character. The rewrite must
 * not change what any string or regular expression means.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { asciiOnly } from '../../bin/build-cli.mjs';

const rewrite = asciiOnly as (code: string) => string;

describe('asciiOnly', () => {
  const samples = [
    String.raw`/\bwe’ll\b/`,
    String.raw`/[’'“”]/g`,
    String.raw`/don\’t/`,
    String.raw`/a\\’/`,
    String.raw`/[\p{L}’-]+/u`,
    String.raw`/😀+/u`,
    '"café – “quoted”"',
    '`naïve ${1 + 1} résumé`',
  ];

  it('leaves only ASCII', () => {
    for (const code of samples) expect([...rewrite(code)].every((ch) => ch.charCodeAt(0) < 128), code).toBe(true);
  });

  it('keeps what each string and expression means', () => {
    const texts = ['we’ll go', "we'll go", 'don’t', 'a\\’', 'it’s-here', '😀😀', 'x'];
    for (const code of samples) {
      const before = (0, eval)(code) as unknown;
      const after = (0, eval)(rewrite(code)) as unknown;
      if (before instanceof RegExp && after instanceof RegExp) {
        expect(after.flags).toBe(before.flags);
        for (const t of texts) expect([...t.matchAll(new RegExp(after, after.flags + (after.global ? '' : 'g')))].map(String), `${code} on ${t}`).toEqual([...t.matchAll(new RegExp(before, before.flags + (before.global ? '' : 'g')))].map(String));
      } else expect(after).toBe(before);
    }
  });
});
