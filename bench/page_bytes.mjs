// The bytes a reader downloads for some pages of a built site, for bench/images.py:
//   node bench/page_bytes.mjs SITE_DIR URL...
// Serves SITE_DIR with tests/browser/lib/server.js, opens each URL in headless Chromium
// (playwright-core from tests/browser/node_modules; CHROMIUM, default /usr/bin/chromium)
// as a phone (390x844, device scale factor 3) and a laptop (1280x800, scale 1), each in a
// fresh context (no cache), and sums the bytes on the wire of every response (Chrome's
// encodedDataLength: headers and body) on `load`, and again after scrolling to the end
// (lazy images load then). Prints JSON: [{ url, device, load, scrolled, largest }].
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BROWSER = path.join(HERE, '..', 'tests', 'browser');
const require = createRequire(path.join(BROWSER, 'package.json'));
const { chromium } = require('playwright-core');
const { startServer } = await import(path.join(BROWSER, 'lib', 'server.js'));
const { CHROMIUM, CHROMIUM_ARGS } = await import(path.join(BROWSER, 'lib', 'browser.js'));

const DEVICES = [
  { name: 'phone 390x844 @3x', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  { name: 'laptop 1280x800 @1x', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
];

const [siteDir, ...urls] = process.argv.slice(2);
if (!siteDir || urls.length === 0) {
  console.error('usage: node bench/page_bytes.mjs SITE_DIR URL...');
  process.exit(2);
}

const server = await startServer(siteDir);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const results = [];
try {
  for (const url of urls) {
    for (const { name, ...options } of DEVICES) {
      const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const seen = new Map(); // requestId -> { url, type, bytes }
      cdp.on('Network.responseReceived', (e) => seen.set(e.requestId, { url: e.response.url, type: e.type, bytes: 0 }));
      cdp.on('Network.loadingFinished', (e) => {
        const entry = seen.get(e.requestId);
        if (entry) entry.bytes = e.encodedDataLength;
      });
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const sum = () => {
        const all = [...seen.values()];
        return {
          requests: all.length,
          bytes: all.reduce((s, r) => s + r.bytes, 0),
          images: all.filter((r) => r.type === 'Image').reduce((s, r) => s + r.bytes, 0),
        };
      };
      const response = await page.goto(server.url + url, { waitUntil: 'load' });
      if (!response || response.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
      await page.waitForLoadState('networkidle');
      const load = sum();
      // Down a screen at a time, so that every lazy image comes near the viewport.
      for (let y = 0; ; y += options.viewport.height) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (y > height) break;
        await page.evaluate((to) => window.scrollTo(0, to), y);
        await page.waitForTimeout(50);
      }
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const scrolled = sum();
      const largest = [...seen.values()]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 3)
        .map((r) => [new URL(r.url).pathname, r.bytes]);
      results.push({ url, device: name, load, scrolled, largest });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify(results, null, 1));
