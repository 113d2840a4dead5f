import type { Rule } from '../src/engine';
import { anchorFor, hasMeaning, reportThin, type Meaning } from './lib/sections';
import { meaningFrom } from './lib/meaning-data';

/** Ways documents offer other formats. */
export const ALTERNATIVE_FORMATS: Meaning = {
  headings: [/\b(?:alternative|other|accessible|different) formats?\b/, /\bother languages\b/, /\beasy read\b/],
  phrases: [
    /\beasy[- ]read\b/,
    /\blarge[- ]print\b/,
    /\bbraille\b/,
    /\bbsl\b|\bbritish sign language\b|\bsign language\b|\bsigned (?:version|video)\b/,
    /\baudio (?:version|format|recording|cd|file|description)s?\b|\bin audio\b|\baudio\b/,
    /\b(?:other|different|another|community|your (?:own|first)) languages?\b|\btranslat(?:ed|ion|ions)\b|\binterpret(?:er|ers|ing)\b/,
    /\b(?:another|other|alternative|different|accessible) formats?\b|\bin a format (?:that|which)\b|\bformat (?:that|which) (?:suits|works for)\b|\bplain text version\b/,
    /\bthis document is available in\b/,
  ],
};

/** Another format in some form (a paper copy, a copy posted on request), not an accessible one (rules/patterns/no-alternative-formats.yaml). */
export const FORMATS_THIN: Meaning = meaningFrom('no-alternative-formats', 'thin');

export const noAlternativeFormats: Rule = {
  meta: {
    id: 'no-alternative-formats',
    title: 'Offer other formats',
    barriers: ['not-meeting-needs', 'not-wide-enough-representation'],
    enablers: ['knowing-people-needs', 'space-time-and-opportunity'],
    scope: 'document',
    profiles: ['consultation'],
    severity: 'warning',
    /** None of the meaning's patterns match anywhere in the document (absent); only a thin.* pattern does, with its own id (thin). */
    hooks: ['absent', 'thin'],
    docs: {
      description:
        'Checks that a consultation says it is available in other formats: Easy Read, large print, other languages, British Sign Language (BSL), audio or braille. When it offers only a paper or posted copy, the finding quotes that line and names the formats to add; it says no other format is offered only when there is none.',
      why: 'People with a learning disability, sight loss, Deaf people and people who read another language better than English cannot respond to a document they cannot read. Offering formats, and saying how to ask, opens the door.',
      bad: 'Read the consultation document and complete the survey.',
      good: 'You can ask for this document in Easy Read, large print, braille, audio, British Sign Language (BSL) or another language. Call 0113 496 0000 or email engagement@example.nhs.uk.',
      sources: ['Equality Act 2010: reasonable adjustments; NHS Accessible Information Standard (DCB1605)'],
    },
  },
  checkDocument(ctx) {
    if (hasMeaning(ctx, ALTERNATIVE_FORMATS)) return;
    const saidThinly = reportThin(ctx, FORMATS_THIN, 'no-alternative-formats', (quote) => ({
      message: `This says “${quote}”, but not the formats some people need to read it. Say that people can ask for it in Easy Read, large print, other languages, British Sign Language (BSL) or audio, and how to ask.`,
      suggestions: ['Put a short line near the start, with a phone number and an e-mail address to ask for formats.'],
      example:
        'You can ask for this document in Easy Read, large print, braille, audio, British Sign Language (BSL) or another language. Call 0113 496 0000 or email engagement@example.nhs.uk.',
    }));
    if (saidThinly) return;
    ctx.report({
      message:
        'This consultation does not offer other formats. Say that people can ask for it in Easy Read, large print, other languages, British Sign Language (BSL) or audio, and how to ask.',
      suggestions: ['Put a short line near the start, with a phone number and an e-mail address to ask for formats.'],
      example:
        'You can ask for this document in Easy Read, large print, braille, audio, British Sign Language (BSL) or another language. Call 0113 496 0000 or email engagement@example.nhs.uk.',
      patternId: 'no-alternative-formats/absent',
      anchorBlockId:
        anchorFor(ctx, 'formats', [/\bhow (?:to|you can|can you) (?:respond|take part|have your say|get involved|give (?:us )?your views)\b/, /\bhave your say\b/], 'first') ?? undefined,
    });
  },
};
