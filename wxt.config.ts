import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest depends on the browser: Firefox has no sidePanel permission and
// wants a gecko id; Chrome opens the side panel from the toolbar button.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => {
    const common = {
      name: 'Doing With',
      description: 'Finds barriers to co-production in documents and shows the good practice that lifts them.',
      permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      action: { default_title: 'Check this page with Doing With' },
    };
    if (browser === 'firefox') {
      return {
        ...common,
        browser_specific_settings: {
          gecko: {
            id: 'doing-with@doing-with.org',
            strict_min_version: '115.0',
            data_collection_permissions: { required: ['none'] },
          },
        },
      };
    }
    return { ...common, permissions: [...common.permissions, 'sidePanel'] };
  },
});
