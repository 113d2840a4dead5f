import { render } from 'preact';
import { ALL_RULES } from '../../rules';
import { OptionsApp } from '../../src/options/App';
import { browserDeps } from '../../src/options/browser-deps';
import '../../src/options/options.css';

render(<OptionsApp deps={browserDeps()} rules={ALL_RULES} />, document.getElementById('app')!);
