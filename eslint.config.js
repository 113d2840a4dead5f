// ESLint: TypeScript's checks the compiler does not make, and eslint-plugin-regexp
// on our many regular expressions (slow backtracking, useless parts, mistakes).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'dist/', 'node_modules/', '.real/', 'bench/results/', 'docs/'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, regexp.configs['flat/recommended']],
    rules: {
      // Tests and rules use `!` where an index is known to exist.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Shared word classes are strings wrapped in (?:…) so they are safe anywhere; where one fills a group on its own
      // the wrapper is harmless, and unwrapping each use would hide which class it is.
      'regexp/no-useless-non-capturing-group': 'off',
    },
  },
);
