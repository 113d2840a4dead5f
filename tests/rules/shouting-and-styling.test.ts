import { describe, expect, it } from 'vitest';
import { shoutingAndStyling } from '../../rules/shouting-and-styling';
import { groupExamples, runPatternExamples } from './rule-tester';
import { lintDocx, lintHtml, lintMarkdown, lintText, Paragraph, TextRun, words } from './shape-helpers';

describe('colour-only instructions (the examples in rules/patterns/shouting-and-styling.yaml, through the whole rule)', () => {
  runPatternExamples(shoutingAndStyling, groupExamples('shouting-and-styling', 'colour-only'));

  it('says which pattern found it', () => {
    const [finding] = lintText(shoutingAndStyling, 'Skip the grey rows if they do not apply to you.');
    expect(finding!.patternId).toBe('shouting-and-styling/colour-only/colour-then-thing');
  });
});

describe('shouting-and-styling', () => {
  it('flags a long run in capitals, not a few acronyms or a short shout', () => {
    const html = '<p>PLEASE DO NOT BRING FOOD INTO THE ROOM. The NHS ICB PCN team will be there. Entry is FREE.</p>';
    const findings = lintHtml(shoutingAndStyling, html);
    expect(findings.map((f) => f.text)).toEqual(['PLEASE DO NOT BRING FOOD INTO THE ROOM']);
    expect(findings[0]!.severity).toBe('suggestion');
  });

  it('flags a whole paragraph in italics, not a short one or a few words', () => {
    const long = words(20);
    const html = `<p><em>${long}</em></p><p><i>Photo: the town hall</i></p><p>${long} <i>really</i></p>`;
    const findings = lintHtml(shoutingAndStyling, html);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/whole paragraph is in italics/);
  });

  it('flags underlined words that are not a link, not links', () => {
    const html = '<p>Please <u>send your reply by post</u> or <a href="/s"><u>fill in the survey</u></a>.</p><p><span style="text-decoration: underline">Important</span></p>';
    expect(lintHtml(shoutingAndStyling, html).map((f) => f.text)).toEqual(['send your reply by post', 'Important']);
  });

  it('reads bold, italics and capitals in Markdown', () => {
    const findings = lintMarkdown(shoutingAndStyling, `*${words(20)}*\n\nYOU MUST REGISTER BEFORE ATTENDING.`);
    expect(findings.map((f) => f.message.slice(0, 30))).toEqual(['This whole paragraph is in ita', 'Long stretches in capital lett']);
  });

  it('reads underlining and italics in a Word document', async () => {
    const findings = await lintDocx(shoutingAndStyling, [
      new Paragraph({ children: [new TextRun({ text: 'Replies must reach us by Friday', underline: {} })] }),
      new Paragraph({ children: [new TextRun({ text: words(18), italics: true })] }),
    ]);
    expect(findings.map((f) => f.text)).toEqual(['Replies must reach us by Friday', words(18)]);
  });

  it('reads only colour instructions in plain text, where capitals are how people make headings', () => {
    const findings = lintText(shoutingAndStyling, 'WHAT HAPPENS NEXT AFTER THE CONSULTATION\n\nThe changes are shown in red.');
    expect(findings.map((f) => f.text)).toEqual(['shown in red']);
  });

  it('flags the docs example and not the better one', () => {
    expect(lintMarkdown(shoutingAndStyling, shoutingAndStyling.meta.docs.bad)).toHaveLength(2);
    expect(lintMarkdown(shoutingAndStyling, shoutingAndStyling.meta.docs.good)).toEqual([]);
  });
});
