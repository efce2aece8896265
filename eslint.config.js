// Lint: strict TypeScript everywhere; shared/ may import no React, DOM host, Node or Electron code.
import js from '@eslint/js';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'http',
  'crypto',
  'child_process',
  'url',
  'stream',
  'events',
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@xyflow/*', 'electron', 'lowdb', 'lowdb/*', ...nodeBuiltins],
              message: 'shared/ is pure domain code: no React, Node or Electron imports.',
            },
            {
              group: ['**/electron/**', '**/renderer/**', '../../shared/**'],
              message: 'shared/ must not depend on the processes that use it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'lowdb', 'node:*', '**/electron/**'], message: 'The renderer talks to the Node side only through the API in shared/.' },
          ],
        },
      ],
    },
  },
  {
    // Every word on screen comes from shared/i18n catalogs, in English and Swedish.
    files: ['renderer/**/*.tsx'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        { props: { include: [['*', '{label,placeholder,title,alt,hint,legend,caption,heading,description,emptyText,confirmLabel,cancelLabel}']] } },
      ],
    },
  },
);
