import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What index.html loads as the page opens: its module script, the modules it preloads and its
 * style sheets, each gzipped at level 9 as a server would send it. Chunks fetched by a later
 * import() are counted apart, as lazy. The first paint needs only the HTML and the CSS (the build
 * draws the first view into index.html), so the HTML's own size is given beside them.
 * @param {string} dist the build's folder
 */
export function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*\shref)="\/?(assets\/[^"]+\.(?:js|css))"/g,
    ),
  ].map((match) => match[1] ?? '');
  const rows = files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const sum = (/** @type {string} */ ext) =>
    rows.filter((row) => row.file.endsWith(ext)).reduce((total, row) => total + row.gzip, 0);
  return {
    rows,
    jsGzip: sum('.js'),
    cssGzip: sum('.css'),
    totalGzip: sum('.js') + sum('.css'),
    html: { raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length },
  };
}
