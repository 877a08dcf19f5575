/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import {
  contentSecurityPolicy,
  contentSecurityPolicyText,
} from './scripts/content-security-policy.mjs';
import { offlinePwa } from './scripts/offline-pwa.mjs';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlinePwa()],
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': contentSecurityPolicyText() },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
