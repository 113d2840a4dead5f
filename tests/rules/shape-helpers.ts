/**
 * Run one rule on a document read by the real source readers: HTML, Word
 * (built with the `docx` package), Markdown and plain text. The rules that
 * read a document's shape are tested through these, not on hand-made blocks.
 */
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { Linter, type Finding, type Rule } from '../../src/engine';
import { linkedomDocument, parseHtml } from '../../src/sources/html';
import { parseMarkdown } from '../../src/sources/markdown';
import { parsePlainText } from '../../src/sources/plain-text';
import { parseDocx } from '../../src/sources/docx';
import type { SourceDoc } from '../../src/sources/types';

export function lintSource(rule: Rule, source: SourceDoc): Finding[] {
  return new Linter([rule]).lint(source.doc, { profiles: ['general'] }).findings;
}

export const lintHtml = (rule: Rule, html: string) => lintSource(rule, parseHtml(html, {}, { mainText: 'never' }));
export const lintMarkdown = (rule: Rule, md: string) => lintSource(rule, parseMarkdown(md));
export const lintText = (rule: Rule, text: string) => lintSource(rule, parsePlainText(text));

export async function lintDocx(rule: Rule, children: (Paragraph | Table)[]): Promise<Finding[]> {
  const doc = new Document({ sections: [{ children }] });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return lintSource(rule, await parseDocx(bytes, {}, linkedomDocument));
}

/** A tiny valid PNG (one transparent pixel), for images in test .docx files. */
export const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

export { Document, ExternalHyperlink, HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun };

/** Running text of about `n` words, in our own words. */
export function words(n: number): string {
  const base = 'We want to hear what you think about the library opening hours and the new mobile library route';
  const list = base.split(' ');
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(list[i % list.length]!);
  return `${out.join(' ')}.`;
}
