/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import {
  contentSecurityPolicy,
  contentSecurityPolicyText,
} from './scripts/content-security-policy.mjs';
import { firstPaint } from './scripts/first-paint.mjs';
import { methodPage } from './scripts/method-page.mjs';
import { offlinePwa } from './scripts/offline-pwa.mjs';

/** Tests without JSX that still need a DOM: the address bar's history and the SVG export. */
const DOM_TESTS = [
  'src/state/url/sync-url.test.ts',
  'src/state/hub-source.test.ts',
  'src/ui/planning/svg-export.test.ts',
];

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), firstPaint(), methodPage(), offlinePwa()],
  build: {
    rolldownOptions: {
      output: {
        // Everything the first view imports in one chunk: left to itself the bundler splits out
        // every module a lazy region shares with it, 17 files where a phone on a slow link pays a
        // request each before the first paint.
        codeSplitting: { groups: [{ name: 'first-view', tags: ['$initial'] }] },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': contentSecurityPolicyText() },
  },
  test: {
    benchmark: { include: ['src/**/*.bench.ts'] },
    // Pure tests (the engine, the Hub mapping, the link codec, row functions) run in Node; only
    // tests that render or use the browser's history and DOM pay for jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: DOM_TESTS,
          setupFiles: ['src/test/setup-console.ts', 'src/test/setup-fast-check.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', ...DOM_TESTS],
          setupFiles: [
            'src/test/setup-console.ts',
            'src/test/setup-fast-check.ts',
            'src/test/setup-dom.ts',
          ],
        },
      },
    ],
  },
});
