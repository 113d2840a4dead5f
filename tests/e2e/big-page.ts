/**
 * A long plan of varied paragraphs as a web page (the benchmark's generator:
 * no paragraph repeats, so no cache flatters us), with headings every dozen
 * paragraphs and some paragraphs as lists. For measure-large-page.ts and the
 * streaming test.
 */
import { makeDocument } from '../../bench/corpus';

export function bigPage(words: number): string {
  const { text } = makeDocument(words);
  const parts: string[] = ['<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A very long plan</title></head><body><main><h1>A very long plan</h1>'];
  for (const chunk of text.split(/\n{2,}/)) {
    const escaped = chunk.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    if (/^\d+\. /.test(escaped)) parts.push(`<h2>${escaped}</h2>`);
    else if (escaped.startsWith('- ')) parts.push(`<ul>${escaped.split('\n').map((line) => `<li>${line.slice(2)}</li>`).join('')}</ul>`);
    else if (escaped.trim()) parts.push(`<p>${escaped}</p>`);
  }
  parts.push('</main></body></html>');
  return parts.join('\n');
}
