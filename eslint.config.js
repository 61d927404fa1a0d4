// @ts-check
/** ESLint (flat config): JavaScript and TypeScript recommended rules, and Astro's for .astro files. */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.astro/',
      '.barrieremodel/',
      '.test-dist/',
      '.test-dist-editie/',
      'tests/fixtures/',
      'public/sw.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/scripts/**', 'src/components/**', 'src/layouts/**', 'src/pages/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The service worker runs in a worker scope.
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    rules: {
      // Allowed when named with a leading underscore, as in `(_, value) => …`.
      // Test patterns mirror YAML indentation ("\n  - interventie: …"); spaces written out read as the file does.
      'no-regex-spaces': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
