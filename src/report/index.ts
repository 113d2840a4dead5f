/** Report formatters shared by the command line and the extension's review export. */
export * from './model';
export { formatText, type TextOptions } from './text';
export { formatJson, toJsonReport, JSON_REPORT_VERSION } from './json';
export { formatMarkdown, escapeMarkdown, type MarkdownOptions } from './markdown';
export { formatSarif, toSarif, pathToUri, type SarifOptions } from './sarif';
export { describeProfiles, profileName } from './labels';
