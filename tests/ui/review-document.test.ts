import { describe, expect, it } from 'vitest';
import { exportFileName, reviewInput, reviewStorageKey, textDocKey, type ReviewDoc } from '../../src/ui/review/document';
import { buildReviewReport, reviewToMarkdown } from '../../src/review/report';
import { emptyReview, findingKeys, setMark } from '../../src/review/state';
import { parsePlainText } from '../../src/sources/plain-text';
import type { PanelFinding } from '../../src/extension/messages';

const finding = (over: Partial<PanelFinding> = {}): PanelFinding => ({
  ruleId: 'us-and-them', severity: 'suggestion', message: 'Say who you mean.', blockId: 'b0', start: 8, end: 21, anchorBlockId: null,
  text: 'service users', suggestions: ['people who use services'], barriers: ['us-and-them'], enablers: [], key: 'k', context: null, ...over,
} as PanelFinding);

describe('review documents in the side panel', () => {
  it('keys pasted text by its words, not by line endings or surrounding space', async () => {
    const a = await textDocKey('We will ask\r\nservice users.');
    expect(a).toMatch(/^text:[0-9a-f]{64}$/);
    expect(await textDocKey('  We will ask\nservice users.\n')).toBe(a);
    expect(await textDocKey('We will ask service users.')).not.toBe(a);
    expect(reviewStorageKey(a)).toBe(`review:${a}`);
  });

  it('makes safe, readable export file names', () => {
    expect(exportFileName('Changes to day services: consultation', 'md')).toBe('review-changes-to-day-services-consultation.md');
    expect(exportFileName('Café <script> / ../../etc', 'html')).toBe('review-cafe-script-etc.html');
    expect(exportFileName('***', 'md')).toBe('review-document.md');
    expect(exportFileName('a'.repeat(100), 'md')).toBe(`review-${'a'.repeat(60)}.md`);
  });

  it('gives a page without blocks a report with no places, and a pasted text its lines', () => {
    const page: ReviewDoc = { docKey: 'https://example.org/a', title: 'A page', url: 'https://example.org/a', path: 'https://example.org/a', findings: [finding()], profiles: [], stats: { words: 5, sentences: 1, averageSentenceLength: 5, readingAge: 9 } as ReviewDoc['stats'] };
    const state = setMark(emptyReview(page.docKey, page.title), findingKeys(page.findings)[0]!, { status: 'agree', comment: 'Yes' });
    const r = buildReviewReport({ document: reviewInput(page), state });
    expect(r.findings[0]!.finding.line).toBeNull();
    expect(r.findings[0]!.mark).toEqual({ status: 'agree', comment: 'Yes' });
    expect(reviewToMarkdown(r)).toContain('Yes');

    const text = 'Heading\n\nWe will ask service users.';
    const source = parsePlainText(text);
    const b = source.doc.blocks.find((x) => x.text.includes('service users'))!;
    const f = finding({ blockId: b.id, start: b.text.indexOf('service'), end: b.text.indexOf('service') + 13 });
    const pasted = buildReviewReport({ document: reviewInput({ ...page, findings: [f], source, content: text }), state });
    expect(pasted.findings[0]!.finding).toMatchObject({ line: 3, text: 'service users' });
  });
});
