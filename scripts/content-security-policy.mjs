import { LINK_GUARD_HASH } from './first-paint.mjs';

/**
 * The built page's policy: its own scripts, styles, workers and manifest; network requests only to
 * itself and the Hugging Face Hub; no inline script but the link guard of the first paint (by its
 * hash), no eval, no plugins, no foreign forms or base.
 * Style attributes that React sets through the CSSOM (element.style) are not inline styles to CSP,
 * so `style-src 'self'` needs no 'unsafe-inline'.
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", LINK_GUARD_HASH],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", 'https://huggingface.co'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** @returns {string} the policy as one header or meta value */
export const contentSecurityPolicyText = () =>
  Object.entries(CONTENT_SECURITY_POLICY)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');

/**
 * Writes the policy into the built index.html as the first element of <head>, before any script.
 * Build only: the dev server injects inline scripts for hot reload, which the policy would block.
 * @returns {import('vite').Plugin}
 */
export function contentSecurityPolicy() {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyText() },
        injectTo: 'head-prepend',
      },
    ],
  };
}
