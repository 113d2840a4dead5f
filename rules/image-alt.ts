import type { AnalysedBlock, BlockImage, Rule } from '../src/engine';
import { hasStructure, normalise, shortQuote } from './lib/doc-shape';

/** Alt text that is a file name or a camera's name for the picture: "IMG_2034.jpg", "Picture 3", "Screenshot 2026-03-01". */
const FILE_NAME = [
  /^[\w\-. ()]+\.(?:jpe?g|png|gif|svg|webp|bmp|tiff?|heic|avif)$/i,
  /^(?:img|image|dsc|dscn|dcim|pic|photo|picture|untitled|graphic)[\s_-]?\d+$/i,
  /^screen ?shot(?:\W.*)?\d/i,
];
/** Alt text that only says it is a picture. */
const SAYS_NOTHING = /^(?:an? )?(?:image|img|photo|photograph|picture|graphic|pic|icon|figure|logo|placeholder|spacer|null|alt|alt text)$/i;
/** Word writes this under alt text it made up itself. */
const AUTOMATIC = /\bdescription automatically generated\b/i;

function where(ab: AnalysedBlock, image: BlockImage): string {
  const text = ab.block.text;
  const quote = shortQuote(text);
  if (image.at === 0) return `just before “${quote}”`;
  if (image.at >= text.length) return `just after “${quote}”`;
  return `in “${quote}”`;
}

function problem(image: BlockImage): { what: string; fix: string; hook: string } | null {
  if (image.decorative) return null;
  const alt = image.alt;
  const link = image.inLink ? ' It is a link, so people will not know where it goes.' : '';
  if (alt === null) {
    return {
      what: `has no alt text, so people who use a screen reader do not know what it shows.${link}`,
      fix: 'Add alt text that says what the image shows or what it is for. If it is only decoration, mark it as decorative.',
      hook: 'no-alt',
    };
  }
  if (FILE_NAME.some((re) => re.test(alt)) || SAYS_NOTHING.test(alt)) {
    return {
      what: `has alt text “${alt}”, which says nothing about what it shows.${link}`,
      fix: 'Replace it with a short description of what the image shows or what it is for.',
      hook: 'says-nothing',
    };
  }
  if (AUTOMATIC.test(alt)) {
    return {
      what: 'has alt text written automatically by Word. It is often wrong or misses the point of the picture.',
      fix: 'Check the alt text and write it yourself: what the image shows, and why it is there.',
      hook: 'automatic',
    };
  }
  if (image.caption && normalise(image.caption).replace(/^(?:figure|fig|image|photo|picture) ?\d*[.:]? ?/, '') === normalise(alt)) {
    return {
      what: 'has alt text that repeats its caption, so screen-reader users hear the same words twice.',
      fix: 'Use the alt text for what the picture shows that the caption does not say, or mark the image as decorative if the caption says it all.',
      hook: 'repeats-caption',
    };
  }
  return null;
}

export const imageAlt: Rule = {
  meta: {
    id: 'image-alt',
    title: 'Images need alt text',
    barriers: ['not-meeting-needs', 'poor-communication'],
    enablers: ['knowing-people-needs', 'check-understanding'],
    scope: 'document',
    profiles: 'all',
    severity: 'warning',
    /** Checks on each image's alt text, read from the document's structure. */
    hooks: ['no-alt', 'says-nothing', 'automatic', 'repeats-caption'],
    docs: {
      description:
        'Finds images with no alt text, alt text that is a file name (“IMG_2034.jpg”), alt text written automatically by Word, and alt text that repeats the caption. Images marked as decorative are fine. Only for documents that carry images: web pages, Word, Google Docs, HTML and Markdown.',
      why: 'Blind and partially sighted people hear the alt text instead of seeing the picture. A map of the new bus route or a photo of the proposed building with no alt text leaves them out of the conversation.',
      bad: '![](new-library-plan.png)\n\nThe new library will open in the spring.',
      good: '![Drawing of the new library: a two-storey building with a garden at the back](new-library-plan.png)\n\nThe new library will open in the spring.',
      sources: [
        'WCAG 2.2, 1.1.1 Non-text Content — https://www.w3.org/WAI/WCAG22/Understanding/non-text-content',
        'GOV.UK: images and alt text — https://www.gov.uk/guidance/content-design/images',
      ],
    },
  },
  checkDocument(ctx) {
    if (!hasStructure(ctx)) return;
    for (const ab of ctx.blocks) {
      for (const image of ab.block.structure?.images ?? []) {
        const p = problem(image);
        if (!p) continue;
        // An image has no words to underline: the finding is shown beside the block it sits in.
        ctx.report({ anchorBlockId: ab.block.id, anchorOffset: image.at, message: `An image ${where(ab, image)} ${p.what}`, suggestions: [p.fix], patternId: `image-alt/${p.hook}` });
      }
    }
  },
};
