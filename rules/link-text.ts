import type { BlockLink, Rule } from '../src/engine';
import { hasStructure, normalise } from './lib/doc-shape';
import { patternGroup } from './lib/slot-pattern';

/** Link words that say nothing on their own (rules/patterns/link-text.yaml): the whole text, or its start. */
const VAGUE = patternGroup('link-text', 'vague');
const VAGUE_START = patternGroup('link-text', 'vague-start');
/** The id of the pattern that finds the normalised link words vague, if one does. */
function vagueId(words: string): string | undefined {
  return (VAGUE.find((p) => p.re.test(words)) ?? VAGUE_START.find((p) => p.re.test(words)))?.id;
}
/** A web address as link text is read out letter by letter; short ones (council.gov.uk/bins) are fine. */
const LONG_URL_CHARS = 30;
const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;

/** A target as people would think of it: no scheme, no "www.", no trailing slash. */
function sameTarget(href: string): string {
  // An e-mail address or phone number is one place, whatever subject line the link fills in.
  const contact = /^(mailto|tel):([^?]*)/i.exec(href.trim());
  if (contact) return `${contact[1]!.toLowerCase()}:${contact[2]!.toLowerCase()}`;
  return href.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/(?=$|[?#])/, '').toLowerCase();
}

function isLongUrl(text: string): boolean {
  if (!URL_TEXT.test(text)) return false;
  const bare = text.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '');
  return bare.length > LONG_URL_CHARS || bare.includes('?');
}

export const linkText: Rule = {
  meta: {
    id: 'link-text',
    title: 'Links that say where they go',
    barriers: ['poor-communication', 'not-meeting-needs'],
    enablers: ['knowing-people-needs', 'check-understanding'],
    scope: 'document',
    profiles: 'all',
    severity: 'warning',
    /** Code, not word patterns: a long web address as link text, and the same link words going to different places. */
    hooks: ['long-address', 'same-words-different-places'],
    docs: {
      description:
        'Finds links whose words say nothing on their own (“click here”, “read more”, a long web address), and links with the same words that go to different places. Only for documents that carry links: web pages, Word, Google Docs, HTML and Markdown.',
      why: 'Many screen-reader users move from link to link and hear only the link words. People scanning a page on a phone do the same. “Click here” tells them nothing, so they miss the survey, the plan or the way to take part.',
      bad: 'To read the draft plan, [click here](https://example.gov.uk/plan).',
      good: '[Read the draft library plan](https://example.gov.uk/plan) before you reply.',
      sources: [
        'WCAG 2.2, 2.4.4 Link Purpose (In Context) — https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context',
        'GOV.UK content design: links — https://www.gov.uk/guidance/content-design/links',
      ],
    },
  },
  checkDocument(ctx) {
    if (!hasStructure(ctx)) return;
    const allowed = new Set(ctx.config.allow.map(normalise));
    const byText = new Map<string, { blockId: string; link: BlockLink }[]>();
    for (const ab of ctx.blocks) {
      for (const link of ab.block.structure?.links ?? []) {
        const words = normalise(link.text);
        if (!words || allowed.has(words)) continue;
        // A name given for screen readers (aria-label) says where the link goes.
        const named = link.label && !VAGUE.some((p) => p.re.test(normalise(link.label!)));
        const at = { blockId: ab.block.id, start: link.start, end: link.end };
        const vague = named ? undefined : vagueId(words);
        if (vague) {
          ctx.report({
            ...at,
            patternId: vague,
            message: `The link “${link.text}” does not say where it goes. Screen-reader users often hear only the link words, one link after another.`,
            suggestions: ['Put the link on words that say what people will find, such as “read the draft library plan”.'],
          });
          continue;
        }
        if (isLongUrl(link.text)) {
          ctx.report({
            ...at,
            message: 'This link shows a long web address. A screen reader reads it out letter by letter, and it is hard to read on a phone.',
            suggestions: ['Put the link on words that say where it goes, and keep the address only if people will need to type it.'],
            patternId: 'link-text/long-address',
          });
          continue;
        }
        // In-page links (footnote arrows "↩", show-and-hide toggles) are told apart by where they sit.
        if (named || link.href.trim().startsWith('#') || !/[\p{L}\p{N}]/u.test(words)) continue;
        const group = byText.get(words) ?? [];
        group.push({ blockId: ab.block.id, link });
        byText.set(words, group);
      }
    }
    for (const group of byText.values()) {
      // "/people/jo" and "https://www.example.gov.uk/people/jo" on one page are one place: with a
      // link that starts at the site's root in the group, addresses are compared by their path.
      const byPath = group.some((g) => /^\/(?!\/)/.test(g.link.href.trim()));
      const target = (href: string) => (byPath ? sameTarget(href).replace(/^[^/]*(?=\/)/, '') : sameTarget(href));
      const targets = new Set(group.map((g) => target(g.link.href)));
      if (targets.size < 2) continue;
      const first = target(group[0]!.link.href);
      for (const g of group.slice(1)) {
        if (target(g.link.href) === first) continue;
        ctx.report({
          blockId: g.blockId,
          start: g.link.start,
          end: g.link.end,
          message: `${group.length} links say “${g.link.text}” but go to ${targets.size} different places. People who hear the links in a list cannot tell them apart.`,
          suggestions: ['Give each link its own words, saying what is at the other end.'],
          patternId: 'link-text/same-words-different-places',
        });
      }
    }
  },
};
