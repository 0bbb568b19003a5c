import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'docs/', '.tmp/', 'examples/', 'tests/package/*.tsx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'tests/**/*.js', 'demo/**/*.ts', 'bench/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
    rules: {
      // Shipped code never builds HTML from strings: data is rendered as text.
      'lit/no-template-arrow': 'off',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with lit; payload HTML goes through htmlToText.' },
        { property: 'outerHTML', message: 'Render text with lit.' },
        { property: 'insertAdjacentHTML', message: 'Render text with lit.' },
      ],
      'no-restricted-globals': ['error', { name: 'DOMParser', message: 'Blocked under Trusted Types; use htmlToText.' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests may build DOM from strings to set up hostile fixtures.
    files: ['tests/**/*.ts'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The bench's in-page scripts and the functions the runner sends to the page (bench/markup.js also runs in Node).
    files: ['bench/**/*.js', 'scripts/bench.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['*.js', '*.mjs', 'scripts/**/*.mjs', 'bench/**/*.mjs', 'tests/server/**/*.mjs', 'tests/package/**/*.mjs', 'demo/api/**/*.ts', '*.ts'],
    languageOptions: { globals: globals.node },
  },
);
