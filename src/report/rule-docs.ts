/**
 * docs/rules.md, written from each rule's own meta so the docs cannot drift
 * from the code: what it looks for, why, the barriers and enablers it links
 * (from the catalog), a bad and a better example, and its sources.
 */
import type { Rule } from '../engine';
import { barrierTitle, capitalise, enablerTitle, profileName } from './labels';

function profilesText(rule: Rule): string {
  const p = rule.meta.profiles;
  return p === 'all' ? 'every document' : p.map(profileName).join(', ');
}

function quoteBlock(text: string): string[] {
  return text.split('\n').map((l) => `> ${l}`);
}

export function renderRuleDocs(rules: readonly Rule[]): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Written by `npm run docs` from the rules’ own descriptions. Do not edit by hand. -->',
    '',
    'Each rule is one file in `rules/`, named by its id. Rule ids are stable: settings files, the command line’s JSON output and organisation policies use them.',
    '',
    '| Rule | Looks at | Default | Barriers |',
    '|---|---|---|---|',
  ];
  for (const r of rules) {
    out.push(
      `| [\`${r.meta.id}\`](#${r.meta.id}) ${r.meta.title} | ${profilesText(r)} | ${r.meta.severity} | ${r.meta.barriers.map(barrierTitle).join('; ')} |`,
    );
  }
  out.push('');
  for (const r of rules) {
    const { meta } = r;
    out.push(`## ${meta.id}`, '', `**${meta.title}.** ${meta.docs.description}`, '');
    out.push(`**Why it matters.** ${meta.docs.why}`, '');
    out.push(`**Runs on:** ${profilesText(r)}. **Default severity:** ${meta.severity}.`, '');
    out.push('**Barriers:**', '');
    for (const b of meta.barriers) out.push(`- ${capitalise(barrierTitle(b))}`);
    out.push('', '**What helps (enablers):**', '');
    for (const e of meta.enablers) out.push(`- ${capitalise(enablerTitle(e))}`);
    out.push('', '**Flagged:**', '', ...quoteBlock(meta.docs.bad), '', '**Better:**', '', ...quoteBlock(meta.docs.good), '');
    const options = Object.entries(meta.defaultOptions ?? {});
    if (options.length) {
      out.push('**Settings** (change them in the options page or a settings file):', '');
      for (const [k, v] of options) out.push(`- \`${k}\`: ${JSON.stringify(v)}`);
      out.push('');
    }
    if (meta.docs.sources?.length) {
      out.push('**Sources:**', '');
      for (const s of meta.docs.sources) out.push(`- ${s}`);
      out.push('');
    }
  }
  return out.join('\n');
}
