import { render } from 'preact';
import { App } from '../../src/ui/App';
import '../../src/ui/panel.css';

// A reload starts at the top: a scroll kept from before could hide the header and the first findings.
history.scrollRestoration = 'manual';
window.scrollTo(0, 0);
render(<App />, document.getElementById('app')!);
