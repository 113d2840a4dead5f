// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blocksFromDom } from './dom-blocks';
import { findMainRoot, readInSlices } from './page';

const para = (i: number) => `<p>Paragraph ${i} says that people who use the service told us the bus is slow and the room is hard to find.</p>`;

function setPage(body: string) {
  document.title = 'A consultation';
  document.body.innerHTML = body;
}

describe('page source', () => {
  it('maps the main content Readability finds back to the live page', () => {
    setPage(`<nav><a href="/">Home</a> <a href="/a">About</a></nav><div id="wrap"><article id="main"><h1>A consultation</h1>${Array.from({ length: 12 }, (_, i) => para(i)).join('')}</article><aside><p>Related links</p></aside></div><footer><p>Copyright</p></footer>`);
    const { root } = findMainRoot(document);
    expect(root.ownerDocument).toBe(document);
    expect(root.isConnected).toBe(true);
    expect(root.textContent).toContain('Paragraph 11');
    expect(root.textContent).not.toContain('Copyright');
  });

  it('falls back to the body when there is little text', () => {
    setPage('<p>Short.</p>');
    expect(findMainRoot(document).root).toBe(document.body);
  });

  it('reads a large root in slices that add up to the same blocks, text nodes and all', async () => {
    setPage(`<main id="m">${Array.from({ length: 400 }, (_, i) => (i % 50 === 0 ? `<h2>Part ${i}</h2>` : '') + para(i)).join('')}<nav><p>skip me</p></nav></main>`);
    const root = document.getElementById('m')!;
    const whole = blocksFromDom(root).doc.blocks.map((b) => [b.kind, b.text]);
    const chunks: { n: number; done: boolean }[] = [];
    const sliced: [string, string][] = [];
    await readInSlices(root, (chunk, done) => {
      chunks.push({ n: chunk.blocks.length, done });
      for (const b of chunk.blocks) {
        sliced.push([b.kind, b.text]);
        const seg = chunk.segments.get(b.id)!;
        expect(seg[0]!.node.data.slice(seg[0]!.nodeOffset, seg[0]!.nodeOffset + seg[0]!.length)).toBe(b.text.slice(0, seg[0]!.length));
      }
    }, { budgetMs: 0 });
    expect(sliced).toEqual(whole);
    expect(sliced.some(([, t]) => t === 'skip me')).toBe(false);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.at(-1)!.done).toBe(true);
  });
});

describe('main content and headings', () => {
  it('keeps the heading above a list that Readability chose on its own', () => {
    setPage(
      '<header><a href="/">Home</a></header><main id="m"><h2>Walks this spring</h2><ul><li><a href="/w/1">A walk round the lake</a>' +
        '<p>Walked on 21 April</p><p>Sam and Priya tell us why the lake path matters to people who use wheelchairs, with a look at the new ramps near the boat house. There is more work coming, and you can help plan it too.</p></li></ul></main>',
    );
    const { root } = findMainRoot(document);
    expect(root.textContent).toContain('Walks this spring');
    expect(root.textContent).toContain('A walk round the lake');
  });
});
