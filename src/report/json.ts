/**
 * The machine-readable report. Other tools read this shape, so it is fixed:
 * {"version":1,"files":[{"path","profiles","stats","findings":[{"ruleId",
 * "severity","message","text","start","end","line","column","suggestions",
 * "barriers","enablers"}]}]}
 * A file that could not be read has an "error" string, no profiles, null
 * stats and an empty findings list.
 */
import type { FileResult } from './model';

export const JSON_REPORT_VERSION = 1;

export function toJsonReport(results: FileResult[]) {
  return {
    version: JSON_REPORT_VERSION,
    files: results.map((r) => {
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
        })),
      };
      return r.error !== undefined ? { ...file, error: r.error } : file;
    }),
  };
}

export function formatJson(results: FileResult[]): string {
  return `${JSON.stringify(toJsonReport(results), null, 2)}\n`;
}
