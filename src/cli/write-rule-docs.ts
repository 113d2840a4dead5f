/**
 * `npm run docs`: rewrite docs/rules.md and rules/meta.generated.json from
 * the rules' meta. The options page reads the JSON, so it does not bundle
 * every rule's patterns just to show their titles and settings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { ALL_RULES } from '../../rules';
import { renderRuleDocs } from '../report/rule-docs';
import { renderRuleMeta } from '../report/rule-meta';

const target = new URL('../../docs/rules.md', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, renderRuleDocs(ALL_RULES));
writeFileSync(new URL('../../rules/meta.generated.json', import.meta.url), renderRuleMeta(ALL_RULES));
process.stdout.write(`Wrote docs/rules.md and rules/meta.generated.json (${ALL_RULES.length} rules).\n`);
