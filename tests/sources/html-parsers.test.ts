/**
 * The extension reads HTML and Word files with the browser's own DOMParser;
 * the command line with linkedom. Both must give the same TextDoc. happy-dom's
 * DOMParser stands in for the browser's here (tests/e2e/read-bytes.e2e.ts
 * compares with Chromium's own).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtmlWith, type HtmlToDocument } from '../../src/sources/html-core';
import { linkedomDocument } from '../../src/sources/html';
import { readSource } from '../../src/sources/read-file';

const window = new Window();
afterAll(() => window.happyDOM.close());
const domParserDocument: HtmlToDocument = (html) =>
  new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

const ROOT = new URL('../../', import.meta.url);
const htmlFiles = (dir: string) =>
  readdirSync(new URL(dir, ROOT))
    .filter((name) => name.endsWith('.html'))
    .map((name) => [`${dir}${name}`, readFileSync(new URL(`${dir}${name}`, ROOT), 'utf8')] as const);

const HTML = [...htmlFiles('examples/'), ...htmlFiles('tests/e2e/fixtures/')];

describe('HTML read with linkedom and with a DOMParser', () => {
  it('has fixtures with text to compare', () => {
    const withText = HTML.filter(([, html]) => parseHtmlWith(html, {}, { htmlToDocument: linkedomDocument }).doc.blocks.length > 0);
    expect(withText.length).toBeGreaterThanOrEqual(8);
  });

  it.each(HTML)('%s: the same blocks, structure and title', (_name, html) => {
    const read = (htmlToDocument: HtmlToDocument) => parseHtmlWith(html, { source: 'page.html' }, { htmlToDocument }).doc;
    expect(read(domParserDocument)).toEqual(read(linkedomDocument));
  });

  it('the same for a fragment read as it is, and for the whole page', () => {
    const html = readFileSync(new URL('examples/library-hours-page.html', ROOT), 'utf8');
    for (const mainText of ['never', 'always'] as const) {
      const read = (htmlToDocument: HtmlToDocument) => parseHtmlWith(html, {}, { htmlToDocument, mainText }).doc;
      expect(read(domParserDocument), mainText).toEqual(read(linkedomDocument));
    }
  });

  it.each(['examples/engagement-plan.docx', 'tests/fixtures/files/sample.docx'])('%s: the same Word document', async (path) => {
    const bytes = new Uint8Array(readFileSync(new URL(path, ROOT)));
    const viaLinkedom = (await readSource('plan.docx', bytes)).source.doc;
    const viaDomParser = (await readSource('plan.docx', bytes, { htmlToDocument: domParserDocument })).source.doc;
    expect(viaLinkedom.blocks.length).toBeGreaterThan(3);
    expect(viaDomParser).toEqual(viaLinkedom);
  });
});
