/** Each reader that has structure hands it on in Block.structure; plain text and PDF do not. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { carriesStructure } from '../../src/engine';
import { blocksFromDom, DomBlockReader } from '../../src/sources/dom-blocks';
import { googleDocFromHtml } from '../../src/sources/google-docs';
import { parseMarkdown } from '../../src/sources/markdown';
import { parsePlainText } from '../../src/sources/plain-text';

function body(html: string): Element {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element;
}

describe('structure from the DOM', () => {
  it('gives links with their words and place, trimmed of spaces, and an aria-label', () => {
    const { doc } = blocksFromDom(body('<p>Read <a href="/plan"> the plan </a> or <a href="/more" aria-label="More about parking">more</a>.</p>'));
    expect(doc.blocks[0]!.structure!.links).toEqual([
      { text: 'the plan', href: '/plan', start: 5, end: 13 },
      { text: 'more', href: '/more', start: 17, end: 21, label: 'More about parking' },
    ]);
    expect(carriesStructure(doc)).toBe(true);
  });

  it('puts an image on its own with the next block, and one at the very end with the last block', () => {
    const { doc } = blocksFromDom(body('<div><img src="a.png" alt="A map"></div><p>After the map.</p><p>Last words.</p><img src="b.png">'));
    expect(doc.blocks.map((b) => b.structure!.images)).toEqual([
      [{ alt: 'A map', decorative: false, at: 0 }],
      [{ alt: null, decorative: false, at: 11 }],
    ]);
  });

  it('gives bold, italic and underlined stretches from tags and inline styles, not underlining inside a link', () => {
    const { doc } = blocksFromDom(body('<p><strong>All</strong> <span style="font-style: italic">of</span> <u>this</u> <a href="/x"><u>link</u></a></p>'));
    expect(doc.blocks[0]!.structure!.marks).toEqual([
      { kind: 'bold', start: 0, end: 3 },
      { kind: 'italic', start: 4, end: 6 },
      { kind: 'underline', start: 7, end: 11 },
    ]);
  });

  it('gives each cell its table, row, column and header, nested tables apart', () => {
    const { doc } = blocksFromDom(body('<table><thead><tr><td>Day</td><td colspan="2">Hours</td></tr></thead><tr><td>Mon</td><td>9</td><td><table><tr><td>inner</td></tr></table></td></tr></table>'));
    expect(doc.blocks.map((b) => [b.text, b.structure!.table])).toEqual([
      ['Day', { table: 0, row: 0, col: 0, header: true }],
      ['Hours', { table: 0, row: 0, col: 1, header: true }],
      ['Mon', { table: 0, row: 1, col: 0, header: false }],
      ['9', { table: 0, row: 1, col: 1, header: false }],
      ['inner', { table: 1, row: 0, col: 0, header: false }],
    ]);
  });

  it('gives list items their list kind and depth', () => {
    const { doc } = blocksFromDom(body('<ol><li>One<ul><li>Inner</li></ul></li></ol>'));
    expect(doc.blocks.map((b) => b.structure!.list)).toEqual([{ ordered: true, depth: 1 }, { ordered: false, depth: 2 }]);
  });

  it('gives the same structure when a page is read in small slices', () => {
    const root = body('<p>A <a href="/a">link</a></p><div><img src="x.png"></div><p><b>Bold</b> end</p><table><tr><th>H</th></tr><tr><td>c</td></tr></table>');
    const reader = new DomBlockReader(root);
    const sliced = [];
    let calls = 0;
    for (;;) {
      const slice = reader.read(() => ++calls % 2 === 0);
      sliced.push(...slice.blocks);
      if (slice.done) break;
    }
    expect(sliced.map((b) => b.structure)).toEqual(blocksFromDom(root).doc.blocks.map((b) => b.structure));
  });
});

describe('structure from other sources', () => {
  it('reads Google Docs bold, italics and underlining from its style classes, and unwraps its link redirects', () => {
    const html =
      '<html><head><style>.c1{font-weight:700}.c2{font-style:italic}.c3{text-decoration:underline}</style></head><body>' +
      '<p><span class="c1">What happens next</span></p><p><span class="c2">Quietly</span> <span class="c3">said</span> ' +
      '<a href="https://www.google.com/url?q=https://example.org/plan&amp;sa=D&amp;ust=1">the plan</a></p></body></html>';
    const { doc } = googleDocFromHtml(html);
    expect(doc.blocks[0]!.structure!.marks).toEqual([{ kind: 'bold', start: 0, end: 17 }]);
    expect(doc.blocks[1]!.structure!.marks!.map((m) => m.kind)).toEqual(['italic', 'underline']);
    expect(doc.blocks[1]!.structure!.links![0]!.href).toBe('https://example.org/plan');
  });

  it('reads Markdown links, images, emphasis, lists and pipe tables', () => {
    const { doc } = parseMarkdown('- **Bold** and [a link](/x)\n\n| A | B |\n|---|---|\n| 1 | 2 |\n');
    expect(doc.blocks[0]!.structure).toEqual({
      links: [{ text: 'a link', href: '/x', start: 9, end: 15 }],
      marks: [{ kind: 'bold', start: 0, end: 4 }],
      list: { ordered: false, depth: 1 },
    });
    expect(doc.blocks.slice(1).map((b) => b.structure!.table)).toEqual([
      { table: 0, row: 0, col: 0, header: true },
      { table: 0, row: 0, col: 1, header: true },
      { table: 0, row: 1, col: 0, header: false },
      { table: 0, row: 1, col: 1, header: false },
    ]);
  });

  it('says plain text carries no structure', () => {
    const { doc } = parsePlainText('HEADING\n\nSome text with a link: https://example.org');
    expect(carriesStructure(doc)).toBe(false);
    expect(doc.blocks.every((b) => b.structure === undefined)).toBe(true);
  });
});

describe('headings of a saved web page', () => {
  it('reads the main landmark when Readability keeps a list and drops the heading above it', async () => {
    const { parseHtml } = await import('../../src/sources/html');
    const html =
      '<!doctype html><html><body><main><h2>Walks this spring</h2><ul><li><a href="/w/1">A walk round the lake</a><p>Walked on 21 April</p>' +
      '<p>Sam and Priya tell us why the lake path matters to people who use wheelchairs, with a look at the new ramps near the boat house. There is more work coming, and you can help plan it too.</p></li></ul></main></body></html>';
    const { doc } = parseHtml(html);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Walks this spring']);
    expect(doc.blocks.some((b) => b.text === 'A walk round the lake')).toBe(true);
  });
});
