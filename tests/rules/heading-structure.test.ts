import { describe, expect, it } from 'vitest';
import { headingStructure } from '../../rules/heading-structure';
import { HeadingLevel, lintDocx, lintHtml, lintMarkdown, lintText, Paragraph, TextRun, words } from './shape-helpers';

describe('heading-structure', () => {
  it('flags a long document with no headings, once, and not a short one', () => {
    const long = `<p>${words(150)}</p><p>${words(150)}</p><p>${words(150)}</p>`;
    const findings = lintHtml(headingStructure, long);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^This document has about 450 words and no headings/);
    expect(lintHtml(headingStructure, `<p>${words(150)}</p><p>${words(150)}</p>`)).toEqual([]);
    expect(lintHtml(headingStructure, `<h1>Library hours</h1>${long}`)).toEqual([]);
  });

  it('flags a skipped level on the heading that skips', () => {
    const findings = lintHtml(headingStructure, `<h1>Library hours</h1><h2>What we propose</h2><p>${words(20)}</p><h4>Saturdays</h4><p>${words(20)}</p><h2>Next steps</h2><h3>June</h3>`);
    expect(findings.map((f) => [f.text, f.message])).toEqual([['Saturdays', 'This heading jumps from level 2 to level 4. People using a screen reader may think they missed a part.']]);
  });

  it('flags a short bold-only line standing over text, but not bold labels, bold facts or a byline', () => {
    const html =
      `<h1>Library hours</h1><p><strong>Westbury Council</strong></p><p>${words(12)}</p>` +
      `<p><b>What happens next</b></p><p>${words(12)}</p>` +
      `<p><strong>Venue: Town Hall</strong></p><p>${words(12)}</p>` +
      `<p><strong>Tuesday 4 March, 6pm</strong></p><p>${words(12)}</p>` +
      `<p><strong>Please bring your letter</strong></p><p>${words(12)}</p>` +
      `<p><strong>Note</strong> that ${words(10)}</p>`;
    expect(lintHtml(headingStructure, html).map((f) => f.text)).toEqual(['What happens next']);
  });

  it('does not judge a jump straight after the title, where a heading in between is often outside what was read', () => {
    expect(lintHtml(headingStructure, `<h1>Library hours</h1><h3>Summary</h3><p>${words(20)}</p><h2>Details</h2><h4>Costs</h4>`).map((f) => f.text)).toEqual(['Costs']);
  });

  it('calls a long heading long, not a sentence, when it does not end like one', () => {
    const [f] = lintHtml(headingStructure, `<h2>Table 2: ${words(22).slice(0, -1)}</h2><p>Text.</p>`);
    expect(f!.message).toMatch(/^This heading is long \(24 words\)/);
  });

  it('flags headings that are whole sentences, not short headings or questions', () => {
    const html = '<h2>We want to hear what you think about our plans for the library.</h2><p>Text here.</p><h2>What happens next?</h2><h2>3. Who is involved and who decides</h2>';
    const findings = lintHtml(headingStructure, html);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/whole sentence \(13 words\)/);
  });

  it('reads Markdown headings and bold lines', () => {
    const findings = lintMarkdown(headingStructure, `# Plan\n\n## Why\n\n${words(10)}\n\n#### Costs\n\n${words(10)}\n\n**Who decides**\n\n${words(10)}`);
    expect(findings.map((f) => f.text)).toEqual(['Costs', 'Who decides']);
  });

  it('reads heading styles and bold lines in a Word document', async () => {
    const findings = await lintDocx(headingStructure, [
      new Paragraph({ text: 'Library plan', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Why we are asking', heading: HeadingLevel.HEADING_2 }),
      new Paragraph(words(12)),
      new Paragraph({ text: 'Opening hours', heading: HeadingLevel.HEADING_4 }),
      new Paragraph(words(12)),
      new Paragraph({ children: [new TextRun({ text: 'How to take part', bold: true })] }),
      new Paragraph(words(12)),
    ]);
    expect(findings.map((f) => f.text)).toEqual(['Opening hours', 'How to take part']);
  });

  it('says nothing about plain text, however long', () => {
    expect(lintText(headingStructure, `WHAT HAPPENS NEXT\n\n${words(200)}\n\n${words(250)}`)).toEqual([]);
  });

  it('flags the docs example and not the better one', () => {
    expect(lintMarkdown(headingStructure, headingStructure.meta.docs.bad)).toHaveLength(1);
    expect(lintMarkdown(headingStructure, headingStructure.meta.docs.good)).toEqual([]);
  });
});
