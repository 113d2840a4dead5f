#!/usr/bin/env node
/**
 * `npm run patterns`: reads the rule data in rules/patterns/*.yaml and writes
 * rules/patterns/patterns.generated.json, which the rules import. YAML is
 * easy to read and review; turning it into JSON here means neither the
 * extension nor the command ships a YAML parser. A test fails when the JSON
 * is older than the YAML.
 *
 * The shape is checked here so a mistake in the data gets a plain message
 * with the file and pattern, not a crash inside a rule.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'rules', 'patterns');
const out = join(dir, 'patterns.generated.json');

const problems = [];
const problem = (where, what) => problems.push(`${where}: ${what}`);

const PATTERN_KEYS = new Set(['id', 'pattern', 'unless', 'match', 'noMatch', 'about', 'tags', 'plain']);
const ID = /^[a-z0-9][a-z0-9-]*$/;

function strings(where, value, key) {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    problem(where, `"${key}" must be a list of sentences`);
    return undefined;
  }
  return value;
}

function pattern(where, p) {
  if (!p || typeof p !== 'object') return problem(where, 'each pattern needs an id and a pattern');
  for (const key of Object.keys(p)) if (!PATTERN_KEYS.has(key)) problem(where, `unknown key "${key}"`);
  if (typeof p.id !== 'string' || !ID.test(p.id)) problem(where, `id "${p.id}" must be lower case words joined by "-"`);
  if (typeof p.pattern !== 'string' || !p.pattern.trim()) problem(`${where}/${p.id}`, 'the pattern is empty');
  const entry = { id: p.id, pattern: p.pattern };
  if (p.about !== undefined) entry.about = String(p.about);
  if (p.plain !== undefined) entry.plain = String(p.plain);
  if (p.unless !== undefined) {
    if (!Array.isArray(p.unless)) problem(`${where}/${p.id}`, '"unless" must be a list of patterns');
    else entry.unless = p.unless.map((u) => pattern(`${where}/${p.id}/unless`, u));
  }
  const match = strings(`${where}/${p.id}`, p.match, 'match');
  const noMatch = strings(`${where}/${p.id}`, p.noMatch, 'noMatch');
  if (match) entry.match = match;
  if (noMatch) entry.noMatch = noMatch;
  if (p.tags !== undefined) {
    if (!Array.isArray(p.tags) || p.tags.some((t) => typeof t !== 'string' || !ID.test(t))) problem(`${where}/${p.id}`, '"tags" must be a list of lower case words joined by "-"');
    else entry.tags = p.tags;
  }
  return entry;
}

// A 'missing' kind would need the three states of rules/lib/sections.ts (absent, thin, present), so only 'phrase' is offered.
const RULE_KINDS = { phrase: 'phrases' };
const SEVERITIES = new Set(['error', 'warning', 'suggestion']);
const PROFILES = new Set(['consultation', 'engagement-plan', 'meeting-invitation', 'report', 'general']);

/** A whole rule as data: checked here so a slip gets a plain message (barrier and enabler ids are checked by the catalog test). */
function ruleSection(name, rule, groups) {
  const where = `${name}/rule`;
  const text = (key) => {
    if (typeof rule[key] !== 'string' || !rule[key].trim()) problem(where, `"${key}" must be a sentence`);
  };
  if (rule.id !== name) problem(where, `the rule's id must be the file's name ("${name}")`);
  text('title');
  text('message');
  if (!(rule.kind in RULE_KINDS)) problem(where, `"kind" must be one of: ${Object.keys(RULE_KINDS).join(', ')}`);
  else if (!groups[RULE_KINDS[rule.kind]]) problem(where, `a "${rule.kind}" rule needs a group named "${RULE_KINDS[rule.kind]}"`);
  if (!SEVERITIES.has(rule.severity)) problem(where, `"severity" must be one of: ${[...SEVERITIES].join(', ')}`);
  if (rule.profiles !== 'all' && !(Array.isArray(rule.profiles) && rule.profiles.length && rule.profiles.every((p) => PROFILES.has(p))))
    problem(where, `"profiles" must be "all" or a list of: ${[...PROFILES].join(', ')}`);
  for (const key of ['barriers', 'enablers'])
    if (!Array.isArray(rule[key]) || !rule[key].length || rule[key].some((v) => typeof v !== 'string')) problem(where, `"${key}" must be a list of ids`);
  if (rule.suggestions !== undefined) strings(where, rule.suggestions, 'suggestions');
  const docs = rule.docs ?? {};
  for (const key of ['description', 'why', 'bad', 'good'])
    if (typeof docs[key] !== 'string' || !docs[key].trim()) problem(`${where}/docs`, `"${key}" must be a sentence`);
  return rule;
}

function patternFile(name, data) {
  if (!data || typeof data !== 'object' || !data.groups || typeof data.groups !== 'object') {
    problem(name, 'a pattern file needs "groups:" (named lists of patterns)');
    return { groups: {} };
  }
  const groups = {};
  for (const [group, list] of Object.entries(data.groups)) {
    if (!Array.isArray(list)) {
      problem(`${name}/${group}`, 'a group is a list of patterns');
      continue;
    }
    groups[group] = list.map((p) => pattern(`${name}/${group}`, p));
    const ids = groups[group].map((p) => p?.id);
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problem(`${name}/${group}`, `id "${id}" is used twice`);
  }
  const rule = data.rule !== undefined ? ruleSection(name, data.rule, groups) : undefined;
  return { ...(data.about ? { about: String(data.about) } : {}), ...(rule ? { rule } : {}), groups };
}

function vocabularyFile(data) {
  const classes = {};
  for (const [name, cls] of Object.entries(data ?? {})) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) problem(`vocabulary/${name}`, 'class names are CAPITALS, e.g. PEOPLE');
    if (!cls || typeof cls.about !== 'string' || !Array.isArray(cls.words) || !cls.words.length) {
      problem(`vocabulary/${name}`, 'a word class needs "about" and a list of "words"');
      continue;
    }
    classes[name] = { about: cls.about, words: cls.words.map(String) };
  }
  return classes;
}

function read(file) {
  try {
    return yaml.load(readFileSync(join(dir, file), 'utf8'), { filename: file });
  } catch (error) {
    problem(file, error.message);
    return undefined;
  }
}

const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const compiled = { vocabulary: {}, files: {} };
for (const file of files) {
  const name = file.replace(/\.yaml$/, '');
  if (name === 'vocabulary') compiled.vocabulary = vocabularyFile(read(file));
  else compiled.files[name] = patternFile(name, read(file));
}

// Each pattern's pre-test (the words a match cannot do without, rules/lib/pattern-anchors.ts) is worked
// out here once, from the expression the pattern compiles to, and stored beside it: reading the
// 500-odd expressions at every start of the command cost about 100 ms.
const { patternSourceIn } = await tsImport('../rules/lib/slot-source.ts', import.meta.url);
const { prefilterOf, setsOf } = await tsImport('../rules/lib/pattern-anchors.ts', import.meta.url);
// Kept on one line each in the JSON (see `text` below), so the file stays easy to read and diff.
const anchorLines = [];
if (!problems.length) {
  const memo = new Map();
  for (const [name, data] of Object.entries(compiled.files))
    for (const [group, list] of Object.entries(data.groups))
      for (const entry of list) {
        try {
          anchorLines.push(JSON.stringify(setsOf(prefilterOf(patternSourceIn(entry.pattern, compiled.vocabulary, memo)))));
          entry.anchors = `\u0000anchors ${anchorLines.length - 1}`;
        } catch (error) {
          problem(`${name}/${group}/${entry.id}`, error.message);
        }
      }
}

if (problems.length) {
  process.stderr.write(`The rule data has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(1);
}

const text = `${JSON.stringify(compiled, null, 1)}\n`.replace(/"\\u0000anchors (\d+)"/g, (_, n) => anchorLines[Number(n)]);
if (process.argv.includes('--check')) {
  let onDisk = '';
  try {
    onDisk = readFileSync(out, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (onDisk !== text) {
    process.stderr.write('rules/patterns/patterns.generated.json is older than the YAML: run `npm run patterns`.\n');
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
  const count = Object.values(compiled.files).reduce((n, f) => n + Object.values(f.groups).reduce((m, g) => m + g.length, 0), 0);
  process.stdout.write(`Wrote rules/patterns/patterns.generated.json: ${Object.keys(compiled.vocabulary).length} word classes, ${count} patterns in ${Object.keys(compiled.files).length} files.\n`);
}
