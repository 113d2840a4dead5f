/**
 * A finding about an image has no words to flag, but it is about one place:
 * the report gives that place (line:column), not “whole document”. Findings
 * about the whole document still say so, even when the panel shows them beside a block.
 */
import { describe, expect, it } from 'vitest';
import { Linter, type Rule } from '../../src/engine';
import { fileResult } from '../../src/report/model';
import { formatText } from '../../src/report/text';
import { toJsonReport } from '../../src/report/json';
import { parseHtml } from '../../src/sources/html';
import { parseMarkdown } from '../../src/sources/markdown';
import type { SourceDoc } from '../../src/sources/types';

/** Reports each image at its place, as image-alt does, and one finding about the whole document shown beside the first block. */
const imagePlaces: Rule = {
  meta: {
    id: 'image-places', title: 'Image places', barriers: [], enablers: [], scope: 'document', profiles: 'all', severity: 'warning',
    docs: { description: '', why: '', bad: '', good: '', sources: [] },
  },
  checkDocument(ctx) {
    ctx.report({ anchorBlockId: ctx.blocks[0]!.block.id, message: 'Say who decides.' });
    for (const ab of ctx.blocks) {
      for (const image of ab.block.structure?.images ?? []) {
        ctx.report({ anchorBlockId: ab.block.id, anchorOffset: image.at, message: `An image with alt text ${image.alt ?? 'none'}.` });
      }
    }
  },
};

function report(path: string, source: SourceDoc, content?: string) {
  const lint = new Linter([imagePlaces]).lint(source.doc, { profiles: ['general'] });
  return fileResult(path, source, lint, content);
}

describe('places of findings about an image', () => {
  it('a Markdown file: the line and column of the image', () => {
    const md = '# Plan\n\nSome text here.\n\nWe will meet ![map of the hall](map.png) at the hall.\n';
    const text = formatText([report('plan.md', parseMarkdown(md, {}), md)]);
    expect(text).toContain('5:14            warning     An image with alt text map of the hall.');
    expect(text).toContain('whole document  warning     Say who decides.');
  });

  it('an HTML file: the paragraph and character of the image', () => {
    const html = '<h1>Plan</h1><p>Some text here.</p><p><img src="map.png">Meet at the hall.</p><p>Then <img src="bus.png" alt="bus stop"> the bus.</p>';
    const result = report('plan.html', parseHtml(html, {}, { mainText: 'never' }));
    const text = formatText([result]);
    expect(text).toContain('3:1             warning     An image with alt text none.');
    expect(text).toContain('4:5             warning     An image with alt text bus stop.');
    expect(text).toContain('whole document  warning     Say who decides.');
    // JSON and SARIF readers get the place too, with no words (start, end and text stay empty).
    const first = toJsonReport([result]).files[0]!.findings.find((f) => f.message.includes('none'));
    expect(first).toMatchObject({ line: 3, column: 1, start: null, end: null, text: null });
  });
});
