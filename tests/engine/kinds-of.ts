/** The kinds of document the engine reads in a text, sorted: shared by the profile tests. */
import { Linter } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';

const linter = new Linter([]);

export const kinds = (text: string): string[] =>
  linter.lint(parsePlainText(text, { source: 't' }).doc, {}).profiles.map((p) => p.id).sort();
