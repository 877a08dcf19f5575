import { readFileSync } from 'node:fs';
import { Marked } from 'marked';
import { contentSecurityPolicyText } from './content-security-policy.mjs';

const METHOD = new URL('../docs/method.md', import.meta.url);

/**
 * A heading's anchor as GitHub makes it ("6. Inference: KV cache" → "6-inference-kv-cache"),
 * the one docs/method.md's own links use.
 * @param {string} text
 */
export const headingSlug = (text) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

/**
 * docs/method.md as a page of the site: every numbered section also answers to `#section-N`, the
 * anchor the calculator's "Source" links use. Links into the repository's code become plain code
 * text (the site has no copy of the source); links to papers and documents stay.
 * @returns {string}
 */
export function renderMethodPage() {
  const markdown = readFileSync(METHOD, 'utf8');
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth, text }) {
        const slug = headingSlug(text);
        const number = /^(\d+)\.\s/.exec(text)?.[1];
        const inner = this.parser.parseInline(tokens);
        const anchor = number ? `<a id="section-${number}"></a>` : '';
        return `${anchor}<h${depth} id="${slug}">${inner}</h${depth}>\n`;
      },
      link({ href, tokens }) {
        const inner = this.parser.parseInline(tokens);
        if (/^https?:\/\//.test(href)) return `<a href="${href}" rel="noreferrer">${inner}</a>`;
        if (href.startsWith('#')) return `<a href="${href}">${inner}</a>`;
        return `<span class="repo-path">${inner}</span>`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicyText()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>How the LLM GPU memory calculator computes</title>
<link rel="stylesheet" href="method.css">
</head>
<body>
<p><a href="./">← Back to the calculator</a></p>
<main>
${body}
</main>
</body>
</html>
`;
}

const CSS = `body{font-family:system-ui,sans-serif;line-height:1.55;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1f24;background:#fff}
table{border-collapse:collapse;display:block;overflow-x:auto}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{font-family:ui-monospace,monospace;font-size:.92em}a{color:#0b57b0}
@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}a{color:#6cb6ff}th,td{border-color:#30363d}}`;

/**
 * Serves the method page at /method.html in development and writes it beside index.html in a
 * build, so every source the calculator shows can link to its section.
 * @returns {import('vite').Plugin}
 */
export function methodPage() {
  return {
    name: 'method-page',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url === '/method.html') {
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(renderMethodPage());
        } else if (request.url === '/method.css') {
          response.setHeader('content-type', 'text/css');
          response.end(CSS);
        } else next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'method.html', source: renderMethodPage() });
      this.emitFile({ type: 'asset', fileName: 'method.css', source: CSS });
    },
  };
}
