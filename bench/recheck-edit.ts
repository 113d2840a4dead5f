import type { TextDoc } from '../src/engine';

/** Replace a few words of one paragraph with words not used before, as a writer editing would. */
export function editParagraph(doc: TextDoc, target: number, run: number): TextDoc {
  const blocks = doc.blocks.map((b, i) => {
    if (i !== target) return b;
    const words = b.text.split(' ');
    const at = (run * 3) % Math.max(1, words.length - 2);
    words.splice(at, 2, `revised${run}`, 'wording');
    return { ...b, text: words.join(' ') };
  });
  return { ...doc, blocks };
}
