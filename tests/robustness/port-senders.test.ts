/**
 * Who may open the background's ports (the rule the background applies in
 * onConnect): only the extension's own pages get a panel port, and a content
 * script speaks only for its own tab's top frame.
 */
import { describe, expect, it } from 'vitest';
import { contentTab, isOwnExtensionPage } from '../../src/extension/background/senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('panel ports', () => {
  it.each([
    ['the side panel', { id: ID, url: `${BASE}sidepanel.html` }, true],
    ['the side panel opened in a tab', { id: ID, url: `${BASE}sidepanel.html?tab=3`, tab: { id: 3 } }, true],
    ['the Firefox sidebar', { id: 'doing-with@doing-with.org', url: 'moz-extension://1234-5678/sidepanel.html' }, false],
    ['a content script in a web page', { id: ID, url: 'https://evil.example/', tab: { id: 7 }, frameId: 0 }, false],
    ['a content script in a frame of a web page', { id: ID, url: 'https://evil.example/frame', tab: { id: 7 }, frameId: 4 }, false],
    ['a page pretending with a look-alike address', { id: ID, url: `https://evil.example/${BASE}` }, false],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' }, false],
    ['a sender with no address', { id: ID }, false],
  ])('%s → %s', (_name, sender, allowed) => {
    expect(isOwnExtensionPage(sender, BASE, ID)).toBe(allowed);
  });

  it('the Firefox sidebar is allowed under its own extension address', () => {
    expect(isOwnExtensionPage({ id: 'doing-with@doing-with.org', url: 'moz-extension://1234-5678/sidepanel.html' }, 'moz-extension://1234-5678/', 'doing-with@doing-with.org')).toBe(true);
  });
});

describe('content ports', () => {
  it('speak for their own tab, top frame only', () => {
    expect(contentTab({ url: 'https://a.example/', tab: { id: 5 }, frameId: 0 })).toBe(5);
    expect(contentTab({ url: 'https://a.example/', tab: { id: 5 }, frameId: 2 })).toBeNull();
    expect(contentTab({ url: `${BASE}sidepanel.html` })).toBeNull();
    expect(contentTab({ url: 'https://a.example/', tab: { id: -1 } })).toBeNull();
  });
});
