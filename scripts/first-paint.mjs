import { createHash } from 'node:crypto';
import { createServer } from 'vite';

/**
 * Runs in <head> before the body is parsed. A visit with a link opens another scenario than the
 * one drawn at build time, so it must not see that one's numbers while its script loads: the first
 * paint is hidden for it (app.css), and its page appears when its own first render does.
 */
export const LINK_GUARD_SCRIPT =
  "if(location.search.length>1)document.documentElement.classList.add('opened-from-link')";

/** The guard's hash, the one inline script the Content Security Policy allows. */
export const LINK_GUARD_HASH = `'sha256-${createHash('sha256').update(LINK_GUARD_SCRIPT).digest('base64')}'`;

/**
 * The first paint as it goes into #root. The policy refuses style attributes in markup, so they
 * are left out; the live page sets the same styles through the CSSOM, which the policy allows.
 * React escapes every quote in text and attribute values, so ` style="` only starts an attribute.
 * `inert`: nothing in it answers input before the live page replaces it on its first commit.
 * @param {string} html
 */
export const firstPaintMarkup = (html) =>
  `<div class="first-paint" inert>${html.replace(/ style="[^"]*"/g, '')}</div>`;

/**
 * Draws the first view of a visit without a link into the built index.html (src/app/first-paint.tsx),
 * so the verdict and the inputs are on screen as soon as the HTML and the CSS have come, before
 * the script. Build only; the development server starts from an empty #root.
 * @returns {import('vite').Plugin}
 */
export function firstPaint() {
  return {
    name: 'first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { firstPaintHtml } = await server.ssrLoadModule('/src/app/first-paint.tsx');
          const root = '<div id="root"></div>';
          if (!html.includes(root)) throw new Error(`index.html has no empty ${root}`);
          return {
            html: html.replace(root, `<div id="root">${firstPaintMarkup(firstPaintHtml())}</div>`),
            tags: [{ tag: 'script', children: LINK_GUARD_SCRIPT, injectTo: 'head' }],
          };
        } finally {
          await server.close();
        }
      },
    },
  };
}
