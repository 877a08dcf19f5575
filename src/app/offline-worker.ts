import { fetchWhenIdle } from '../ui/primitives/when-idle';

/**
 * Registers the service worker that the build writes (`scripts/offline-pwa.mjs`), in the first idle
 * period after the load event: the registration is a task of its own that the first view does not
 * need, and after it the page works offline from the next visit. The development server has no
 * service worker, so only the build registers one.
 */
export function registerOfflineWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    fetchWhenIdle(() => navigator.serviceWorker.register('/sw.js', { scope: '/' }));
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
