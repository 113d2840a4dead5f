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

/** Put a new paragraph of words not used before after block `target`, as a writer adding a paragraph would. */
export function insertParagraph(doc: TextDoc, target: number, run: number): TextDoc {
  const blocks = [...doc.blocks];
  const like = blocks[target]!;
  blocks.splice(target + 1, 0, { ...like, kind: 'paragraph', level: undefined, text: `A new paragraph ${run} says the panel meets again soon and asks what you think.` });
  return { ...doc, blocks: blocks.map((b, i) => (i > target ? { ...b, id: `b${i}` } : b)) };
}

/** Take block `target` out, as a writer deleting a paragraph would. */
export function deleteParagraph(doc: TextDoc, target: number): TextDoc {
  const blocks = doc.blocks.filter((_, i) => i !== target);
  return { ...doc, blocks: blocks.map((b, i) => (i >= target ? { ...b, id: `b${i}` } : b)) };
}
