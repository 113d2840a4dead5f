/**
 * The document's own accessibility: links, images, headings, downloads,
 * styling and tables. These rules read the structure a source carries
 * (Block.structure) and say nothing for plain text or PDF, except the colour
 * check in shouting-and-styling, which reads words.
 */
import type { Rule } from '../src/engine';
import { linkText } from './link-text';
import { imageAlt } from './image-alt';
import { headingStructure } from './heading-structure';
import { pdfOnly } from './pdf-only';
import { shoutingAndStyling } from './shouting-and-styling';
import { tableForLayout } from './table-for-layout';

export const documentShapeRules: Rule[] = [linkText, imageAlt, headingStructure, pdfOnly, shoutingAndStyling, tableForLayout];
