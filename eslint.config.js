import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jestDom from 'eslint-plugin-jest-dom';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first. Each may import the layers below it and never one above, so
 * the arrow runs one way: domain ← lib ← hub ← state ← ui ← app ← main.tsx. test/ holds test
 * support and may import any layer; no product file imports it.
 */
const LAYERS = ['domain', 'lib', 'hub', 'state', 'ui', 'app'];
const FRAMEWORKS = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  '@tanstack/*',
  'recharts',
];

const pureLayer = {
  group: FRAMEWORKS,
  message: 'This layer is pure TypeScript: no React, stores, queries or charts.',
};
const forbidden = (layer, isTest) => [
  ...LAYERS.slice(LAYERS.indexOf(layer) + 1),
  ...(isTest ? [] : ['test']),
];
const layerRule = (layer, { isTest }) => [
  'error',
  {
    patterns: [
      ...(layer === 'domain' || layer === 'lib' ? [pureLayer] : []),
      ...forbidden(layer, isTest).map((folder) => ({
        group: [`**/${folder}/**`, `**/${folder}`],
        message: `src/${layer} imports only from the layers below it (${LAYERS.slice(0, LAYERS.indexOf(layer)).join(', ') || 'none'}), never from src/${folder}; see docs/architecture.md.`,
      })),
      { group: ['**/main', '**/main.tsx'], message: 'Nothing imports the entry point.' },
    ],
  },
];

const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'src/test/**/*.{ts,tsx}'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // Type-aware rules that catch real bugs: promises nobody awaits or handles, promises passed
    // where a plain callback is expected, and a switch over a union that misses a member.
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
    },
  },
  {
    // Text from a link, a config or the Hub is only ever rendered as text; nothing is evaluated.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as React children; never inject HTML.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Set textContent or render with React; never inject HTML.',
        },
        {
          selector:
            "CallExpression[callee.property.name='insertAdjacentHTML'], CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'Render with React; never inject HTML.',
        },
      ],
    },
  },
  ...LAYERS.flatMap((layer) => [
    {
      files: [`src/${layer}/**/*.{ts,tsx}`],
      ignores: [...TEST_FILES, 'src/**/*.bench.ts'],
      rules: { 'no-restricted-imports': layerRule(layer, { isTest: false }) },
    },
    {
      // A layer's tests and benchmarks may use the test support in src/test, and still not the layers above.
      files: [`src/${layer}/**/*.test.{ts,tsx}`, `src/${layer}/**/*.bench.ts`],
      rules: { 'no-restricted-imports': layerRule(layer, { isTest: true }) },
    },
  ]),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    files: TEST_FILES,
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/expect-expect': [
        'error',
        { assertFunctionNames: ['expect*', 'check*', 'assert*', 'within', 'fc.assert'] },
      ],
      // `expect(value, 'what failed')` names the case that broke in a table-driven test.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      // Property tests state implications ("if it fits, then …"), which are conditional by nature.
      'vitest/no-conditional-expect': 'off',
    },
  },
  {
    files: ['src/**/*.test.tsx', 'src/test/**/*.tsx'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      // Our render helpers return the store and the user with the render result; the names say so.
      'testing-library/render-result-naming-convention': 'off',
    },
  },
  {
    files: ['src/**/*.test.tsx'],
    ...jestDom.configs['flat/recommended'],
  },
);
