/** The engine with every built-in rule: what the CLI, extension and tests use. */
import { Linter, type Config, type Report, type TextDoc } from './engine';
import { ALL_RULES } from '../rules';

export function createLinter(): Linter {
  return new Linter(ALL_RULES);
}

let shared: Linter | undefined;

/** Lint with a shared linter (its cache makes re-checking an edited document fast). */
export function lint(doc: TextDoc, config: Partial<Config> = {}): Report {
  shared ??= createLinter();
  return shared.lint(doc, config);
}
