// The README's screenshots of the first view, at 1440 px and at 360 px (a phone), taken from the
// production build served by `vite preview`: `npm run screenshots` (it builds first).
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { deflateSync, inflateSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from '../e2e/browser.mjs';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4187);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = 'docs/screenshots';
const SHOTS = [
  // The chart is in the first view on a wide screen only; charts draw once they near the viewport.
  { file: 'first-view-1440.png', width: 1440, height: 1000, chart: true },
  { file: 'first-view-360.png', width: 360, height: 1200, chart: false },
];

/** @param {import('node:child_process').ChildProcess} server */
async function waitForServer(server) {
  for (let tries = 0; tries < 480; tries++) {
    if (server.exitCode !== null) throw new Error('vite preview stopped before it served the page');
    try {
      if ((await fetch(ORIGIN)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`vite preview did not answer on ${ORIGIN}`);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
/** @param {Buffer} bytes */
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes), unfiltered. */
/** @param {Buffer} png */
function decode(png) {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('expected an 8-bit, non-interlaced PNG');
      const colourType = data[9];
      if (colourType !== 2 && colourType !== 6)
        throw new Error(`unexpected PNG colour type ${colourType}`);
      channels = colourType === 2 ? 3 : 4;
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels] : 0;
      const b = up[x];
      const c = x >= channels ? up[x - channels] : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      row[x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/**
 * A page's flat fills and text in at most 256 colours: the most frequent ones, each other colour
 * (the edges of antialiased text) drawn in the nearest of them. Returns the colour of each key.
 */
/** @param {Buffer} rgb */
function palette(rgb) {
  const counts = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const key = rgb.readUIntBE(i, 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const kept = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 256)
    .map(([key]) => key);
  /** @param {number} key */
  const parts = (key) => [key >> 16, (key >> 8) & 0xff, key & 0xff];
  const index = new Map();
  for (const key of counts.keys()) {
    const [r, g, b] = parts(key);
    let best = 0;
    let bestDistance = Infinity;
    for (const [at, candidate] of kept.entries()) {
      const [cr, cg, cb] = parts(candidate);
      const distance = 3 * (r - cr) ** 2 + 4 * (g - cg) ** 2 + 2 * (b - cb) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [at, distance];
    }
    index.set(key, best);
  }
  return { kept, index };
}

/**
 * The picture re-encoded small for the README: opaque, in a palette of 256 colours (lossless when
 * the page has no more), and zlib at its highest level.
 */
/** @param {Buffer} png */
function optimise(png) {
  const { width, height, channels, pixels } = decode(png);
  const opaque = channels === 3 || pixels.every((value, i) => i % 4 !== 3 || value === 255);
  if (!opaque) return png;
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) pixels.copy(rgb, i * 3, i * channels, i * channels + 3);
  const { kept, index } = palette(rgb);
  // One byte per pixel, its palette index; filter type 0 (none) at the start of each row.
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      raw[y * (width + 1) + 1 + x] = index.get(rgb.readUIntBE((y * width + x) * 3, 3));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 3;
  const plte = Buffer.alloc(kept.length * 3);
  for (const [at, key] of kept.entries()) plte.writeUIntBE(key, at * 3, 3);
  const smaller = Buffer.concat([
    png.subarray(0, 8),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return smaller.length < png.length ? smaller : png;
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
);
try {
  await waitForServer(server);
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: chromiumArgs(),
  });
  await mkdir(OUT, { recursive: true });
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: 'light',
    });
    await page.goto(ORIGIN);
    // The first view as a visitor sees it: the verdict and, where it fits, the drawn chart.
    await page.getByRole('region', { name: 'Verdict' }).locator('.verdict__headline').waitFor();
    if (shot.chart)
      await page.locator('.recharts-bar-rectangle path').first().waitFor({ state: 'attached' });
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
    const small = optimise(png);
    await writeFile(`${OUT}/${shot.file}`, small);
    console.log(`${OUT}/${shot.file}: ${png.length} bytes as taken, ${small.length} written`);
    await page.close();
  }
  await browser.close();
} finally {
  if (server.pid !== undefined) process.kill(-server.pid);
}
