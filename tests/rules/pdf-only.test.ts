import { describe, expect, it } from 'vitest';
import { pdfOnly } from '../../rules/pdf-only';
import { ExternalHyperlink, lintDocx, lintHtml, lintMarkdown, lintText, Paragraph, TextRun, words } from './shape-helpers';

const LANDING = '<h1>Library opening hours</h1><p>We want your views on new opening hours for our libraries.</p>';

describe('pdf-only', () => {
  it('flags a short page whose main document is only a PDF, on the link', () => {
    const findings = lintHtml(pdfOnly, `${LANDING}<p><a href="/docs/library-hours.pdf">Read the consultation document</a> (PDF, 1.2MB)</p>`);
    expect(findings.map((f) => f.text)).toEqual(['Read the consultation document']);
    expect(findings[0]!.message).toMatch(/offered only as a download/);
    expect(findings[0]!.barriers).toContain('not-offering-alternatives');
  });

  it('flags a Word download named as the draft plan', () => {
    expect(lintHtml(pdfOnly, `${LANDING}<p>Download <a href="/files/plan.docx">our draft library plan</a>.</p>`)).toHaveLength(1);
  });

  it('leaves it when there is a web version, an accessible version or a way to ask', () => {
    const pdf = '<p><a href="/docs/library-hours.pdf">Read the consultation document</a> (PDF, 1.2MB)</p>';
    expect(lintHtml(pdfOnly, `${LANDING}${pdf}<p>You can also <a href="/hours">read it online</a>.</p>`)).toEqual([]);
    expect(lintHtml(pdfOnly, `${LANDING}${pdf}<p><a href="/easy.pdf">Easy Read version</a></p>`)).toEqual([]);
    expect(lintHtml(pdfOnly, `${LANDING}${pdf}<p>To ask for a paper copy or large print, call 0113 496 0000.</p>`)).toEqual([]);
  });

  it('leaves pages that are the document themselves, and downloads that are not the main document', () => {
    const long = `${LANDING}<p>${words(250)}</p><p>${words(260)}</p><p><a href="/docs/library-hours.pdf">Read the consultation document</a> (PDF)</p>`;
    expect(lintHtml(pdfOnly, long)).toEqual([]);
    expect(lintHtml(pdfOnly, `${LANDING}<p><a href="/docs/minutes-may.pdf">Minutes of the May meeting</a> (PDF)</p>`)).toEqual([]);
  });

  it('reads Markdown links', () => {
    expect(lintMarkdown(pdfOnly, pdfOnly.meta.docs.bad)).toHaveLength(1);
    expect(lintMarkdown(pdfOnly, pdfOnly.meta.docs.good)).toEqual([]);
  });

  it('reads links in a Word document', async () => {
    const findings = await lintDocx(pdfOnly, [
      new Paragraph('We want your views on new opening hours.'),
      new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.org/hours.pdf', children: [new TextRun('Download the full consultation document')] })] }),
    ]);
    expect(findings.map((f) => f.text)).toEqual(['Download the full consultation document']);
  });

  it('says nothing about plain text', () => {
    expect(lintText(pdfOnly, 'We want your views. Read the consultation document (PDF, 1.2MB) at example.org/hours.pdf')).toEqual([]);
  });
});
