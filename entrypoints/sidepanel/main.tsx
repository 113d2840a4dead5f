import { render } from 'preact';

function App() {
  return <main><h1>Doing With</h1><p>Open a page and press the toolbar button to check it.</p></main>;
}

render(<App />, document.getElementById('app')!);
