import { VitePWA } from 'vite-plugin-pwa';

/**
 * After the first visit the page works with no network: a service worker precaches every built
 * file (the lazily loaded chart chunks included) and answers any navigation, share links with
 * their query strings too, with the cached page. The page registers it itself, in idle time after
 * the load event (`src/app/offline-worker.ts`), so the plugin injects no registration script; a new
 * deploy replaces the cache on the next visit. Only the Hugging Face Hub import needs the network,
 * and it says so when offline.
 */
export const offlinePwa = () =>
  VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    manifest: {
      name: 'LLM GPU memory calculator',
      short_name: 'GPU memory',
      description:
        'How much GPU memory will this model need to train, fine-tune or serve, and how many of which GPU is that?',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f5fa8',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,webmanifest}'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The plugin sets these for autoUpdate only when it picks the registration itself (injectRegister 'auto').
      skipWaiting: true,
      clientsClaim: true,
    },
  });
