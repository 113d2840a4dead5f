import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { blocksFromDom, domPosition } from '../../src/sources/dom-blocks';

function body(html: string): Element {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element;
}

describe('blocksFromDom', () => {
  it('makes blocks from headings, paragraphs, list items, cells, definitions and loose text', () => {
    const { doc } = blocksFromDom(
      body(`<h2>Key dates</h2><p>Opens <b>2 June</b>.</p><ul><li>Online</li><li>By phone</li></ul>
        <table><tr><th>When</th><td>10:30</td></tr></table><dl><dt>Venue</dt><dd>Library</dd></dl>
        <blockquote>Quoted</blockquote><figure><img alt="x"><figcaption>Caption</figcaption></figure>
        <section>Loose text in a section</section><div>Loose <em>div</em> text</div>`),
    );
    expect(doc.blocks.map((b) => [b.kind, b.level ?? null, b.text])).toEqual([
      ['heading', 2, 'Key dates'],
      ['paragraph', null, 'Opens 2 June.'],
      ['list-item', null, 'Online'],
      ['list-item', null, 'By phone'],
      ['table-cell', null, 'When'],
      ['table-cell', null, '10:30'],
      ['paragraph', null, 'Venue'],
      ['paragraph', null, 'Library'],
      ['paragraph', null, 'Quoted'],
      ['paragraph', null, 'Caption'],
      ['paragraph', null, 'Loose text in a section'],
      ['paragraph', null, 'Loose div text'],
    ]);
  });

  it('collapses whitespace as a browser does and turns <br> into a space', () => {
    const { doc } = blocksFromDom(body('<p>\n   We   want\tto\n hear<br>from   you.  </p>'));
    expect(doc.blocks.map((b) => b.text)).toEqual(['We want to hear from you.']);
  });

  it('skips navigation, code, scripts, forms and hidden parts', () => {
    const { doc } = blocksFromDom(
      body(`<nav><p>Menu</p></nav><script>var x</script><style>p{}</style><pre>code</pre><p>Use <code>x()</code> here</p>
        <button>Click</button><select><option>A</option></select><textarea>typed</textarea><noscript>no js</noscript>
        <p hidden>hidden</p><p aria-hidden="true">aria hidden</p><div data-doing-with="off"><p>opted out</p></div>
        <p style="display: none">not shown</p><svg><text>svg</text></svg><p>Kept</p>`),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['Use here', 'Kept']);
  });

  it('keeps a paragraph inside a list item or cell as that item or cell, and nested lists apart', () => {
    const { doc } = blocksFromDom(body('<ul><li><p>In a list</p></li><li>Outer<ul><li>Inner</li></ul>after</li></ul><table><tr><td><p>In a cell</p></td></tr></table>'));
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'In a list'],
      ['list-item', 'Outer'],
      ['list-item', 'Inner'],
      ['list-item', 'after'],
      ['table-cell', 'In a cell'],
    ]);
  });

  it('uses the id prefix and the skip callback', () => {
    const { doc } = blocksFromDom(body('<p>One</p><p class="x">Two</p><p>Three</p>'), {
      idPrefix: 'f1-',
      skip: (el) => el.getAttribute('class') === 'x',
    });
    expect(doc.blocks.map((b) => [b.id, b.text])).toEqual([['f1-b0', 'One'], ['f1-b1', 'Three']]);
  });

  it('maps every block character back to its text node', () => {
    const { doc, segments } = blocksFromDom(body('<p>  Residents <b>will  be</b>\n informed&nbsp;later. <a href="#">Read more</a></p>'));
    const block = doc.blocks[0]!;
    expect(block.text).toBe('Residents will be informed later. Read more');
    const segs = segments.get(block.id)!;
    for (let i = 0; i < block.text.length; i++) {
      const seg = segs.find((s) => i >= s.blockOffset && i < s.blockOffset + s.length);
      expect(seg, `character ${i}`).toBeDefined();
      const nodeChar = seg!.node.data[seg!.nodeOffset + (i - seg!.blockOffset)]!;
      if (block.text[i] === ' ') expect(nodeChar).toMatch(/\s/);
      else expect(nodeChar).toBe(block.text[i]);
    }
    // A range over "will be" starts and ends in the <b>'s text node.
    const start = domPosition(segs, block.text.indexOf('will'), 'start')!;
    const end = domPosition(segs, block.text.indexOf('be') + 2, 'end')!;
    expect(start.node).toBe(end.node);
    expect(start.node.data.slice(start.offset, end.offset)).toBe('will  be');
  });
});
