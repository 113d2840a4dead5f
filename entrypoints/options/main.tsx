import { render } from 'preact';
import type { RuleMeta } from '../../src/engine';
// The rules' meta only (npm run docs writes it): the page needs titles and settings, not the rules' patterns.
import metas from '../../rules/meta.generated.json';
import { OptionsApp } from '../../src/options/App';
import { browserDeps } from '../../src/options/browser-deps';
import '../../src/options/options.css';

const rules = (metas as RuleMeta[]).map((meta) => ({ meta }));
render(<OptionsApp deps={browserDeps()} rules={rules} />, document.getElementById('app')!);
