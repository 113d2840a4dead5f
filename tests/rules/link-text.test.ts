import { describe, expect, it } from 'vitest';
import { linkText } from '../../rules/link-text';
import { Linter } from '../../src/engine';
import { parseHtml } from '../../src/sources/html';
import { ExternalHyperlink, lintDocx, lintHtml, lintMarkdown, lintText, Paragraph, TextRun } from './shape-helpers';

/** Whole pages for the rule; the word patterns' own examples are in rules/patterns/link-text.yaml. */
const FLAGGED = [
  '<p>To read the plan, <a href="/plan">click here</a>.</p>',
  '<p>Our proposals for the library. <a href="/library">Read more</a></p>',
  '<p>The survey is open now. <a href="/survey">Click here to take part</a>.</p>',
  '<p>Full details are at <a href="https://www.example.gov.uk/consultations/2026/library-hours?ref=home">https://www.example.gov.uk/consultations/2026/library-hours?ref=home</a></p>',
  '<p>You can find the form <a href="/form">here</a>.</p>',
  '<p>For the survey, follow <a href="/s">this link</a>.</p>',
];
const LEFT_ALONE = [
  '<p><a href="/plan">Read the draft library plan</a> before you reply.</p>',
  '<p>Visit <a href="https://council.example.gov.uk/bins">council.example.gov.uk/bins</a> for collection days.</p>',
  '<p>Email <a href="mailto:engage@example.gov.uk">engage@example.gov.uk</a> with your views.</p>',
  '<p>Here is the plan: <a href="/plan">the draft library plan</a>.</p>',
  '<p>Click <a href="/plan">the draft library plan</a> to open it.</p>',
  '<p><a href="/news" aria-label="Read more about the new opening hours">Read more</a></p>',
];

describe('link-text (whole pages, read as HTML)', () => {
  it.each(FLAGGED)('flags %s', (html) => {
    expect(lintHtml(linkText, html).length).toBeGreaterThan(0);
  });
  it.each(LEFT_ALONE)('leaves %s alone', (html) => {
    expect(lintHtml(linkText, html)).toEqual([]);
  });
  it('says which pattern or hook made each finding', () => {
    expect(FLAGGED.map((html) => lintHtml(linkText, html)[0]!.patternId)).toEqual([
      'link-text/vague/click-here',
      'link-text/vague/more',
      'link-text/vague-start/leans-on-the-mouse',
      'link-text/long-address',
      'link-text/vague/here',
      'link-text/vague/this-link',
    ]);
  });
});

describe('link-text', () => {
  it('flags "click here" in HTML on the link words, with its barrier and enablers', () => {
    const [f, ...rest] = lintHtml(linkText, '<p>To read the draft plan, <a href="/plan">click here</a>.</p>');
    expect(rest).toEqual([]);
    expect(f!.text).toBe('click here');
    expect(f!.message).toMatch(/does not say where it goes/);
    expect(f!.barriers).toContain('poor-communication');
    expect(f!.enablers).toContain('knowing-people-needs');
  });

  it('flags links with the same words going to different places, not the same place twice', () => {
    const html = '<p><a href="/a.pdf">Download</a> <a href="/b.pdf">Download</a></p><p><a href="/survey">Take the survey</a> and <a href="/s2">Take the survey</a> and <a href="https://www.x.org/other-survey/">Take the survey</a></p>';
    const findings = lintHtml(linkText, html);
    // "Download" is vague on its own (two findings); the survey links are told apart by their targets.
    expect(findings.filter((f) => f.text === 'Download')).toHaveLength(2);
    const same = findings.filter((f) => f.text === 'Take the survey');
    expect(same).toHaveLength(2);
    expect(same[0]!.message).toMatch(/3 links say “Take the survey” but go to 3 different places/);
    expect(lintHtml(linkText, '<p><a href="https://x.org/survey">Take the survey</a></p><p><a href="http://www.x.org/survey/">Take the survey</a></p>')).toEqual([]);
  });

  it('takes links to one e-mail address with different subject lines as one place, and a component name as words', () => {
    const html = '<p><a href="mailto:team@example.org?subject=Font">team@example.org</a></p><p><a href="mailto:team@example.org?subject=Licence">team@example.org</a></p><p>Use the <a href="/components/details">details</a> component.</p>';
    expect(lintHtml(linkText, html)).toEqual([]);
  });

  it('leaves in-page links with the same words alone: footnote arrows and show-and-hide toggles', () => {
    const html = '<p>One<a href="#fnref:1">↩</a></p><p>Two<a href="#fnref:2">↩</a></p><p><a href="#a1-help">Ask for another format</a></p><p><a href="#a2-help">Ask for another format</a></p>';
    expect(lintHtml(linkText, html)).toEqual([]);
  });

  it('takes a link from the site root and the same address in full as one place', () => {
    const html = '<p><a href="/people/jo-bloggs">Jo Bloggs, head of parks</a></p><p><a href="https://www.example.gov.uk/people/jo-bloggs">Jo Bloggs, head of parks</a></p>';
    expect(lintHtml(linkText, html)).toEqual([]);
  });

  it('reads links in Markdown, including reference links', () => {
    const md = 'Our plan is ready. [Read more](https://example.org/plan).\n\nThe [full plan][p] is online.\n\n[p]: https://example.org/full';
    expect(lintMarkdown(linkText, md).map((f) => f.text)).toEqual(['Read more']);
  });

  it('reads links in a Word document', async () => {
    const findings = await lintDocx(linkText, [
      new Paragraph({ children: [new TextRun('The survey is open. '), new ExternalHyperlink({ link: 'https://example.org/s', children: [new TextRun('here')] })] }),
      new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.org/plan', children: [new TextRun('Read the draft plan')] })] }),
    ]);
    expect(findings.map((f) => f.text)).toEqual(['here']);
  });

  it('says nothing about plain text, where there are no links to read', () => {
    expect(lintText(linkText, 'To read the plan, click here. Read more at https://www.example.gov.uk/consultations/2026/library-hours?ref=home')).toEqual([]);
  });

  it('keeps quiet about link words the user allowed', () => {
    const doc = parseAllowed('<p><a href="/plan">click here</a></p>');
    expect(new Linter([linkText]).lint(doc, { allow: ['Click here'] }).findings).toEqual([]);
  });

  it('flags the docs example and not the better one', () => {
    expect(lintMarkdown(linkText, linkText.meta.docs.bad)).toHaveLength(1);
    expect(lintMarkdown(linkText, linkText.meta.docs.good)).toEqual([]);
  });
});

function parseAllowed(html: string) {
  return parseHtml(html, {}, { mainText: 'never' }).doc;
}
