/**
 * SARIF 2.1.0, for code-review tools and CI dashboards. Every rule is listed
 * with its help text; results in text and Markdown files carry a region
 * (line, column, character offset). For Word, PDF and HTML files the region
 * would not be a real line, so the place goes in the result's properties.
 * Files that could not be read become error notifications.
 */
import type { RuleMeta, Severity } from '../engine';
import { omittedNote, type FileResult, type LocatedFinding } from './model';
import { barrierTitle, enablerTitles } from './labels';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', suggestion: 'note' };

export interface SarifOptions {
  toolVersion: string;
  rules: readonly RuleMeta[];
}

/** Relative paths stay relative (SARIF viewers resolve them); others become file URIs. */
export function pathToUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  if (/^[a-z]:\//i.test(p)) return `file:///${encodeURI(p)}`;
  if (p.startsWith('/')) return `file://${encodeURI(p)}`;
  return encodeURI(p).replace(/#/g, '%23').replace(/\?/g, '%3F');
}

function ruleDescriptor(meta: RuleMeta) {
  const helps = enablerTitles(meta.enablers);
  const text = [
    meta.docs.description,
    `Why it matters: ${meta.docs.why}`,
    `Instead of: ${meta.docs.bad}`,
    `Try: ${meta.docs.good}`,
    helps.length ? `What helps: ${helps.join('; ')}.` : '',
  ].filter(Boolean);
  const markdown = [
    meta.docs.description,
    `**Why it matters:** ${meta.docs.why}`,
    `**Instead of:** ${meta.docs.bad}`,
    `**Try:** ${meta.docs.good}`,
    helps.length ? `**What helps:**\n\n${helps.map((h) => `- ${h}`).join('\n')}` : '',
  ].filter(Boolean);
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.docs.description },
    help: { text: text.join('\n\n'), markdown: markdown.join('\n\n') },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: meta.barriers.map(barrierTitle), barriers: meta.barriers, enablers: meta.enablers },
  };
}

function location(r: FileResult, f: LocatedFinding) {
  const artifactLocation = { uri: pathToUri(r.path) };
  if (r.positions !== 'file' || f.line === null || f.column === null) return { physicalLocation: { artifactLocation } };
  const region: Record<string, unknown> = { startLine: f.line, startColumn: f.column };
  if (f.endLine !== null) region.endLine = f.endLine;
  if (f.endColumn !== null) region.endColumn = f.endColumn;
  if (f.start !== null && f.end !== null) {
    region.charOffset = f.start;
    region.charLength = f.end - f.start;
  }
  if (f.text) region.snippet = { text: f.text };
  return { physicalLocation: { artifactLocation, region } };
}

function fileResults(r: FileResult, ruleIndex: Map<string, number>) {
  return r.findings.map((f) => {
    const result: Record<string, unknown> = {
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.suggestions.length ? `${f.message} Try: ${f.suggestions.join(' or ')}.` : f.message },
      locations: [location(r, f)],
    };
    const index = ruleIndex.get(f.ruleId);
    if (index !== undefined) result.ruleIndex = index;
    const properties: Record<string, unknown> = { barriers: f.barriers, enablers: f.enablers };
    if (r.positions === 'block' && f.line !== null) {
      properties.paragraph = f.line;
      properties.character = f.column;
    }
    if (f.example) properties.example = f.example;
    if (f.patternId) properties.patternId = f.patternId;
    result.properties = properties;
    return result;
  });
}

/** Files that could not be read are errors; files with findings left out get a note saying so. */
function notification(r: FileResult) {
  const note = omittedNote(r);
  const text = r.error ?? note;
  if (!text) return null;
  return {
    level: r.error ? 'error' : 'note',
    message: { text },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(r.path) } } }],
  };
}

function run(options: SarifOptions) {
  const rules = options.rules.map(ruleDescriptor);
  return {
    rules,
    ruleIndex: new Map(rules.map((r, i) => [r.id, i])),
    tool: { driver: { name: 'Doing With', version: options.toolVersion, rules } },
  };
}

type Notification = NonNullable<ReturnType<typeof notification>>;

function invocation(notifications: Notification[]) {
  return {
    executionSuccessful: !notifications.some((n) => n.level === 'error'),
    toolExecutionNotifications: notifications,
  };
}

export function toSarif(results: FileResult[], options: SarifOptions) {
  const { ruleIndex, tool } = run(options);
  const notifications = results.map(notification).filter((n): n is Notification => n !== null);
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool,
        columnKind: 'utf16CodeUnits',
        invocations: [invocation(notifications)],
        results: results.flatMap((r) => fileResults(r, ruleIndex)),
      },
    ],
  };
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function formatSarif(results: FileResult[], options: SarifOptions): string {
  return `${JSON.stringify(toSarif(results, options), null, 2)}\n`;
}

/**
 * The same log written file by file (the command line): start(), file(r) for
 * each, end(). The results come before the invocation here, which SARIF
 * allows; the content is the same as formatSarif's.
 */
export function sarifWriter(options: SarifOptions) {
  const { ruleIndex, tool } = run(options);
  const notifications: Notification[] = [];
  let written = 0;
  const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);
  return {
    start: () =>
      `{\n  "$schema": ${JSON.stringify(SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ${indent(JSON.stringify(tool, null, 2), '      ')},\n      "columnKind": "utf16CodeUnits",\n      "results": [`,
    file: (r: FileResult) => {
      const n = notification(r);
      if (n) notifications.push(n);
      let out = '';
      for (const result of fileResults(r, ruleIndex)) out += `${written++ ? ',' : ''}\n        ${indent(JSON.stringify(result, null, 2), '        ')}`;
      return out;
    },
    end: () =>
      `${written ? '\n      ' : ''}],\n      "invocations": [\n        ${indent(JSON.stringify(invocation(notifications), null, 2), '        ')}\n      ]\n    }\n  ]\n}\n`,
  };
}
