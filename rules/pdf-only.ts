import type { BlockLink, Rule } from '../src/engine';
import { hasMeaning, type Meaning } from './lib/sections';
import { ALTERNATIVE_FORMATS } from './no-alternative-formats';
import { hasStructure, runningWords } from './lib/doc-shape';
import { meaningFrom } from './lib/meaning-data';
import { patternGroup } from './lib/slot-pattern';

/** Above this many words the page is the document itself, whatever else it links to. */
const LANDING_PAGE_MAX_WORDS = 500;

const FILE_LINK = /\.(?:pdf|docx?|odt|rtf)(?:$|[?#])/i;
const FILE_WORDS = /\((?:pdf|word|docx?|odt)\b|\b(?:pdf|word document|docx?)(?:\s*[,(])?\s*\d+(?:\.\d+)?\s*(?:kb|mb)\b|\bdownload\W(?:.*\W)?(?:pdf|word)\b/i;
/** Words that name the main document, in the link or around it (rules/patterns/pdf-only.yaml). */
const MAIN_DOCUMENT = patternGroup('pdf-only', 'main-document', 'i');
/** A web version, an accessible version, or a way to ask for one. */
const WEB_OR_ACCESSIBLE: Meaning = meaningFrom('pdf-only', 'web-or-accessible');

function isFileLink(link: BlockLink, blockText: string): boolean {
  return FILE_LINK.test(link.href) || FILE_WORDS.test(link.text) || FILE_WORDS.test(blockText.slice(link.end, link.end + 30));
}

export const pdfOnly: Rule = {
  meta: {
    id: 'pdf-only',
    title: 'Not only a PDF',
    barriers: ['not-offering-alternatives', 'not-meeting-needs'],
    enablers: ['knowing-people-needs', 'space-time-and-opportunity'],
    scope: 'document',
    profiles: 'all',
    severity: 'warning',
    docs: {
      description:
        'Finds a short web page whose main document is offered only as a PDF or Word download, with no web version, no Easy Read or accessible version, and no way to ask for one. Only for web pages and documents that carry links.',
      why: 'PDFs are hard to read on a phone, with a screen reader, with large text or with a different colour background. When the only way to read the proposals is a download, many people give up before they start.',
      bad: 'We want your views on the new library hours. [Read the consultation document (PDF, 2MB)](https://example.gov.uk/library.pdf).',
      good: 'We want your views on the new library hours. [Read the consultation document (PDF, 2MB)](https://example.gov.uk/library.pdf). You can also read it on this page, or ask for Easy Read or large print by calling 0113 496 0000.',
      sources: [
        'GOV.UK: publish content in HTML, not PDF — https://www.gov.uk/guidance/content-design/planning-content#publishing-in-html',
        'Public Sector Bodies (Websites and Mobile Applications) Accessibility Regulations 2018',
      ],
    },
  },
  checkDocument(ctx) {
    if (!hasStructure(ctx) || runningWords(ctx.blocks) > LANDING_PAGE_MAX_WORDS) return;
    let main: { blockId: string; link: BlockLink; patternId: string } | null = null;
    for (const ab of ctx.blocks) {
      for (const link of ab.block.structure?.links ?? []) {
        if (!isFileLink(link, ab.block.text)) continue;
        // The link's own words first, then the words around it: the first pattern that names the main document.
        const named = MAIN_DOCUMENT.find((p) => p.re.test(link.text)) ?? MAIN_DOCUMENT.find((p) => p.re.test(ab.block.text));
        if (named) {
          main = { blockId: ab.block.id, link, patternId: named.id };
          break;
        }
      }
      if (main) break;
    }
    if (!main) return;
    if (hasMeaning(ctx, ALTERNATIVE_FORMATS) || hasMeaning(ctx, WEB_OR_ACCESSIBLE)) return;
    ctx.report({
      blockId: main.blockId,
      start: main.link.start,
      end: main.link.end,
      message:
        'The main document is offered only as a download. PDF and Word files are hard to read on a phone, with a screen reader or with large text, and the page gives no other way to read it.',
      suggestions: [
        'Put the document on a web page as well, and offer an accessible or Easy Read version.',
        'At least say how people can ask for it in another format, with a phone number and an e-mail address.',
      ],
      patternId: main.patternId,
    });
  },
};
