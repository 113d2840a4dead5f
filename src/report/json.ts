/**
 * The machine-readable report. Other tools read this shape, so it is fixed:
 * {"version":1,"files":[{"path","profiles","stats","findings":[{"ruleId",
 * "severity","message","text","start","end","line","column","suggestions",
 * "barriers","enablers","patternId"}]}]}
 * patternId says what made the finding (a pattern in rules/patterns/ or a
 * rule's hook, "long-sentence/length"), for people tuning the rules; null
 * when a rule gives none.
 * A file that could not be read has an "error" string, no profiles, null
 * stats and an empty findings list. A file with more findings than a report
 * lists (MAX_FINDINGS_PER_FILE) has "findingsNotListed": how many were left out.
 */
import type { FileResult } from './model';

export const JSON_REPORT_VERSION = 1;

function jsonFile(r: FileResult) {
  const file = {
    path: r.path,
    profiles: r.profiles.map((p) => p.id),
    stats: r.stats,
    findings: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      text: f.text,
      start: f.start,
      end: f.end,
      line: f.line,
      column: f.column,
      suggestions: f.suggestions,
      barriers: f.barriers,
      enablers: f.enablers,
      patternId: f.patternId ?? null,
    })),
  };
  const left = r.omitted ? r.omitted.error + r.omitted.warning + r.omitted.suggestion : 0;
  const withCount = left ? { ...file, findingsNotListed: left } : file;
  return r.error !== undefined ? { ...withCount, error: r.error } : withCount;
}

export function toJsonReport(results: FileResult[]) {
  return { version: JSON_REPORT_VERSION, files: results.map(jsonFile) };
}

export function formatJson(results: FileResult[]): string {
  return `${JSON.stringify(toJsonReport(results), null, 2)}\n`;
}

/**
 * formatJson's text in pieces, so the command line can write each file as
 * soon as it is checked: start(), then file(r, i) for each, then end(count).
 * Joined, they are exactly formatJson's output.
 */
export const jsonParts = {
  start: () => `{\n  "version": ${JSON_REPORT_VERSION},\n  "files": [`,
  file: (r: FileResult, index: number) => `${index ? ',' : ''}\n    ${JSON.stringify(jsonFile(r), null, 2).replace(/\n/g, '\n    ')}`,
  end: (count: number) => (count ? '\n  ]\n}\n' : ']\n}\n'),
};
