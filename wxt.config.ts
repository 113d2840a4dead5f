import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest depends on the browser: Firefox has no sidePanel permission and
// wants a gecko id; Chrome opens the side panel from the toolbar button.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, mode }) => {
    // Only the e2e test build may reach the local test server without a toolbar click.
    // ...and Google Docs, served from fixtures by context.route, where the panel runs the export fetch.
    const testHosts = mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', 'https://docs.google.com/*'] } : {};
    const common = {
      ...testHosts,
      name: 'Doing With',
      description: 'Finds barriers to co-production in documents and shows the good practice that lifts them.',
      permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'alarms'],
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      action: { default_title: 'Check this page with Doing With' },
      commands: {
        [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+D' },
          description: 'Check this page with Doing With',
        },
      },
      icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    };
    if (browser === 'firefox') {
      // Firefox builds MV2, where optional host permissions are plain optional_permissions.
      const { optional_host_permissions, ...rest } = common;
      return {
        ...rest,
        optional_permissions: optional_host_permissions,
        browser_specific_settings: {
          gecko: {
            id: 'doing-with@doing-with.org',
            strict_min_version: '115.0',
            data_collection_permissions: { required: ['none'] },
          },
        },
      };
    }
    // Chrome reads organisation policy (storage.managed) against this schema; Firefox needs none.
    return { ...common, permissions: [...common.permissions, 'sidePanel'], storage: { managed_schema: 'managed_schema.json' } };
  },
});
