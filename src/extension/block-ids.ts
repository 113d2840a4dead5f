/**
 * Content-addressed block ids: a block's id is a hash of its kind, level,
 * text and structure (plus a counter for repeated text). An edit changes the id of the
 * edited block only, so the page sends the background just the blocks it
 * has not seen, and the engine's per-block cache does the rest.
 */
import type { Block } from '../engine/types';

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Gives blocks ids from their content. One instance per version of a
 * document, so repeated text gets "-1", "-2"… in reading order, even when
 * the document arrives in several chunks.
 */
export class ContentIds {
  private seen = new Map<string, number>();
  constructor(private readonly prefix: string) {}

  assign(block: Block): Block {
    // The structure (links, marks, images) is part of the content: a changed link target is a changed block.
    const shape = block.structure ? `|${JSON.stringify(block.structure)}` : '';
    const base = `${this.prefix}${fnv1a(`${block.kind}|${block.level ?? ''}|${block.text}${shape}`)}`;
    const n = this.seen.get(base) ?? 0;
    this.seen.set(base, n + 1);
    return { ...block, id: n ? `${base}-${n}` : base };
  }
}

/** Give each block of a whole document a stable id from its content. */
export function contentIds(blocks: Block[], prefix: string): Block[] {
  const ids = new ContentIds(prefix);
  return blocks.map((b) => ids.assign(b));
}

/**
 * Blocks the receiver has not seen yet, out of every block of a source's current version; records
 * them as sent. When the version is `complete` the receiver keeps only its blocks
 * (TabSession.update), so the ids not in it are forgotten here too and would be sent again.
 */
export function unsent(blocks: Block[], sent: Set<string>, complete = false): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (!sent.has(b.id)) {
      sent.add(b.id);
      out.push(b);
    }
  }
  if (complete && sent.size > blocks.length) {
    const keep = new Set(blocks.map((b) => b.id));
    for (const id of sent) if (!keep.has(id)) sent.delete(id);
  }
  return out;
}
