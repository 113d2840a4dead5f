/** Invariant 4, least privilege: no content script or host access at install, on either browser. */
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string; mode: string; manifestVersion: number; command: string }) => Record<string, unknown>;

const manifest = (browser: string, mode = 'production') =>
  (config.manifest as unknown as ManifestFn)({ browser, mode, manifestVersion: browser === 'firefox' ? 2 : 3, command: 'build' });

describe('manifest', () => {
  it.each(['chrome', 'firefox'])('%s: asks only for activeTab, scripting, storage, menus and alarms; sites are optional', (browser) => {
    const m = manifest(browser);
    expect(m.content_scripts).toBeUndefined();
    expect(m.host_permissions).toBeUndefined();
    const permissions = m.permissions as string[];
    expect(permissions.filter((p) => p.includes('*') || p.includes('://') || p === '<all_urls>')).toEqual([]);
    // alarms: refreshing subscribed word lists; sidePanel: Chrome's panel (Firefox uses sidebar_action).
    const expected = ['activeTab', 'scripting', 'storage', 'contextMenus', 'alarms', ...(browser === 'chrome' ? ['sidePanel'] : [])];
    expect([...permissions].sort()).toEqual(expected.sort());
    const optional = (browser === 'chrome' ? m.optional_host_permissions : m.optional_permissions) as string[];
    expect(optional).toEqual(['https://*/*', 'http://*/*']);
  });

  it('gives only the e2e test build access to the local test server and the routed Google Docs', () => {
    expect(manifest('chrome', 'e2e').host_permissions).toEqual(['http://127.0.0.1/*', 'https://docs.google.com/*']);
    expect(manifest('chrome', 'production').host_permissions).toBeUndefined();
    expect(manifest('chrome', 'development').host_permissions).toBeUndefined();
  });

  it('Firefox has no sidePanel permission and declares its add-on id', () => {
    const m = manifest('firefox');
    expect(m.permissions).not.toContain('sidePanel');
    expect((m.browser_specific_settings as { gecko: { id: string } }).gecko.id).toMatch(/@/);
  });
});
