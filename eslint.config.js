// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/**
 * The layering of DESIGN.md, enforced: imports point downwards only.
 * renderer -> shared -> graph-schema; electron/* -> shared -> graph-schema.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const runtimeOnly = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'Pure layers must not use Node APIs.' })),
    { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' },
    { name: 'neo4j-driver', message: 'Driver types stay inside the Neo4j store.' },
  ],
};
const above = (dirs, message) => ({ group: dirs.map((d) => `**/${d}/**`), message });

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'release',
      'coverage',
      'tests/e2e/artifacts',
      'tests/e2e/test-results',
      'tests/bench/results',
      'tests/neo4j-server/target',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['graph-schema/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...runtimeOnly,
          patterns: [
            above(['shared', 'electron', 'renderer'], 'graph-schema imports nothing above it.'),
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...runtimeOnly,
          patterns: [above(['electron', 'renderer'], 'shared imports only graph-schema.')],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...runtimeOnly,
          patterns: [above(['electron'], 'The renderer talks to the backend only through XrmApi.')],
        },
      ],
    },
  },
  {
    files: ['electron/backend/**', 'electron/cli/**', 'electron/web-host/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The backend runs without Electron.' }],
          patterns: [
            above(
              ['renderer', 'main', 'preload'],
              'The backend never imports UI or Electron glue.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
);
