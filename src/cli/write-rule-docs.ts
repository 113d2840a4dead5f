/** `npm run docs`: rewrite docs/rules.md from the rules' meta. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { ALL_RULES } from '../../rules';
import { renderRuleDocs } from '../report/rule-docs';

const target = new URL('../../docs/rules.md', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, renderRuleDocs(ALL_RULES));
process.stdout.write(`Wrote docs/rules.md (${ALL_RULES.length} rules).\n`);
