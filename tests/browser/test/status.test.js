// The HTML report of `loket status` (one self-contained page): made from the example site
// with a fixed date, then served alone under a CSP that allows its own <style> element and
// nothing else (no script, no requests). Checked with axe (WCAG 2.2 A/AA), the Nu Html
// Checker, the keyboard (skip link, then every link reachable by Tab), and screenshotted.
//   LOKET: the loket binary [default: ../../target/release/loket, else target/debug/loket;
//          below $CARGO_TARGET_DIR when that is set]
import { it, before, after } from 'node:test';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { HERE } from '../lib/site.js';
import { launchBrowser, newSiteContext, describeFocus } from '../lib/browser.js';
import { check, noProblems } from '../lib/check.js';
import { run } from '../lib/process.js';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));
const JAVA = process.env.JAVA || 'java';
const REPO = path.resolve(HERE, '..', '..');
// The status fixture: pages untranslated, stale and due for review, so the report has lists
// and links inside <main> (the example site has none to list).
const SITE = path.join(REPO, 'tests', 'fixtures', 'status');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The report's own <style> element is its only non-HTML part.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

function loketBinary() {
  if (process.env.LOKET) return process.env.LOKET;
  // Cargo's own CARGO_TARGET_DIR, when the build put its binaries elsewhere.
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(REPO, 'target');
  const release = path.join(target, 'release', 'loket');
  return fs.existsSync(release) ? release : path.join(target, 'debug', 'loket');
}

let dir;
let file;
let server;
let url;
let browser;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loket-status-'));
  file = path.join(dir, 'status.html');
  const made = await run(loketBinary(), ['status', '--root', SITE, '--today', '2026-11-30', '--format', 'html', '--out', file]);
  if (made.code !== 0) throw new Error(`loket status exited ${made.code}: ${made.stderr}`);
  const body = fs.readFileSync(file);
  server = http.createServer((req, res) => {
    if (req.url !== '/') {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('only the report is served here');
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP, 'Content-Length': body.length });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function open(width = 1280) {
  const context = await newSiteContext(browser, { width, height: 800 });
  const page = await context.newPage();
  const problems = [];
  page.on('request', (req) => {
    if (req.url() !== url) problems.push(`request: ${req.url()}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text().split('\n')[0]}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, problems };
}

it('status report: axe finds nothing and the page requests nothing', async () => {
  const { context, page, problems } = await open();
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const lines = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} [${v.impact}] at ${n.target.join(' ')}: ${v.help}`));
  noProblems([...lines, ...problems], 'status report:');
  await context.close();
});

it('status report: the Nu Html Checker finds no errors', async () => {
  const { code, stdout, stderr } = await run(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', file]);
  const report = JSON.parse(stdout || '{"messages":[]}');
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  noProblems(errors.map((m) => `${m.lastLine ?? '?'}: ${m.message}`), 'status report (vnu):');
  await check(code === 0, `vnu exited ${code}\n${stderr}`);
});

it('status report: Tab reaches the skip link first, Enter and Tab land in <main>, every link is reachable', async () => {
  const { context, page } = await open();
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => document.activeElement?.getAttribute('href') === '#main');
  await check(skip, async () => `first Tab focuses ${await describeFocus(page)}, not the skip link`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#main', null, { timeout: 2000 }).catch(() => {});
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  await check(inMain, async () => `after the skip link, Tab focuses ${await describeFocus(page)}, outside <main>`);
  const links = await page.evaluate(() => document.querySelectorAll('a[href]').length);
  const seen = new Set();
  await page.keyboard.press('Home');
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < links + 2; i++) {
    await page.keyboard.press('Tab');
    seen.add(await page.evaluate(() => {
      const el = document.activeElement;
      return el ? [...document.querySelectorAll('a[href]')].indexOf(el) : -1;
    }));
  }
  seen.delete(-1);
  await check(seen.size === links, `Tab reached ${seen.size} of ${links} links`);
  await context.close();
});

it('status report: screenshot at 1280 px', async () => {
  const { context, page } = await open(1280);
  const out = path.join(HERE, 'screenshots');
  fs.mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, 'status-1280.png'), fullPage: false });
  await context.close();
});
