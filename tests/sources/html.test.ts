import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isFullPage, parseHtml } from '../../src/sources/html';

const page = (main: string) => `<!doctype html><html><head><title>Page title</title></head><body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/x">Stakeholder portal</a></li></ul></nav>
  <header><p>Westbrook Council – Accept all cookies</p></header>
  <main><article>${main}</article></main>
  <footer><p>Privacy notice. Cookies. Leverage our synergies.</p></footer></body></html>`;

const ARTICLE = `<h1>Have your say on library opening hours</h1>
  <p>We want to hear what you think about changing library opening hours in Westbrook. Nothing has been decided yet, and the council will decide in March after reading what people tell us.</p>
  <p>You can fill in the questionnaire online, pick up a paper copy at any library, or call us on 01632 960 123. The consultation closes on 25 August 2025.</p>
  <ul><li>Online at the council website</li><li>On paper at any library</li></ul>
  <p>We will publish a summary of what people told us, and what we changed because of it, by the end of October.</p>`;

describe('parseHtml', () => {
  it('tells a full page from a fragment', () => {
    expect(isFullPage('<!DOCTYPE html><html><body></body></html>')).toBe(true);
    expect(isFullPage('<!-- saved --><html lang="en"><body>x</body></html>')).toBe(true);
    expect(isFullPage('<p>Just a paragraph</p>')).toBe(false);
  });

  it('checks only the main text of a full page (no menus, banners or footers)', () => {
    const { doc } = parseHtml(page(ARTICLE), { source: 'page.html' });
    const text = doc.blocks.map((b) => b.text).join('\n');
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', level: 1, text: 'Have your say on library opening hours' });
    expect(text).toContain('The consultation closes on 25 August 2025.');
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual(['Online at the council website', 'On paper at any library']);
    expect(text).not.toMatch(/Stakeholder portal|Accept all cookies|Leverage our synergies/);
    expect(doc.meta).toEqual({ source: 'page.html', title: 'Page title' });
  });

  it('reads a short page without article markup, adding no heading of its own', () => {
    const { doc } = parseHtml('<!doctype html><html><head><title>T</title></head><body><div>Short note.</div></body></html>');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Short note.']);
  });

  it('uses a fragment as it is, with no Readability', () => {
    const { doc } = parseHtml('<nav>Skip me</nav><p>One</p><footer><p>Footer text kept</p></footer>');
    expect(doc.blocks.map((b) => b.text)).toEqual(['One', 'Footer text kept']);
  });

  it('gives places as block number and column, with no file offset', () => {
    const source = parseHtml('<h2>Title</h2><p>Second block text</p>');
    const second = source.doc.blocks[1]!;
    expect(source.locate(second.id, 7)).toEqual({ offset: null, line: 2, column: 8 });
    expect(source.locate('nope', 0)).toBeNull();
  });

  it('keeps the invitation and drops the site around it in the example page', () => {
    const html = readFileSync(new URL('../../examples/meeting-invitation.html', import.meta.url), 'utf8');
    const { doc } = parseHtml(html);
    const text = doc.blocks.map((b) => b.text).join('\n');
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: 'Invitation: Patient Participation Group meeting' });
    expect(text).toContain('Papers will be tabled on the day.');
    expect(text).not.toMatch(/Repeat prescriptions|Accept all cookies|Privacy notice|Skip to main content/);
  });
});
