// The HTML report of `loket status` (one self-contained page), in English and in Dutch
// (`--lang nl`): made from the status fixture with a fixed date, then served alone under a
// CSP that allows its own <style> element and nothing else (no script, no requests).
// Checked with axe (WCAG 2.2 A/AA), the Nu Html Checker, <html lang> and one <h1>, the
// keyboard (skip link, then every link reachable by Tab), and screenshotted
// (status-1280.png, status-nl-390.png, status-nl-1280.png).
//   LOKET: the loket binary (see lib/loket.js)
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
import { REPO, loketBinary } from '../lib/loket.js';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));
const JAVA = process.env.JAVA || 'java';
// The status fixture: pages untranslated, stale and due for review, so the report has lists
// and links inside <main> (the example site has none to list).
const SITE = path.join(REPO, 'tests', 'fixtures', 'status');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The report's own <style> element is its only non-HTML part.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";
// The report in each language: the editor's language, as `--lang` chooses it.
const LANGS = ['en', 'nl'];

let dir;
let server;
let base;
let browser;
const files = {};

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loket-status-'));
  const bodies = {};
  for (const lang of LANGS) {
    files[lang] = path.join(dir, `status-${lang}.html`);
    const args = ['status', '--root', SITE, '--today', '2026-11-30', '--format', 'html', '--lang', lang, '--out', files[lang]];
    const made = await run(loketBinary(), args);
    if (made.code !== 0) throw new Error(`loket ${args.join(' ')} exited ${made.code}: ${made.stderr}`);
    bodies[`/${lang}/`] = fs.readFileSync(files[lang]);
  }
  server = http.createServer((req, res) => {
    const body = bodies[req.url];
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('only the reports are served here');
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP, 'Content-Length': body.length });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function open(lang, width = 1280) {
  const url = `${base}/${lang}/`;
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

for (const lang of LANGS) {
  it(`status report (${lang}): axe finds nothing, the page requests nothing, <html lang="${lang}"> and one <h1>`, async () => {
    const { context, page, problems } = await open(lang);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const lines = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} [${v.impact}] at ${n.target.join(' ')}: ${v.help}`));
    noProblems([...lines, ...problems], `status report (${lang}):`);
    const shape = await page.evaluate(() => ({ lang: document.documentElement.lang, h1: document.querySelectorAll('h1').length }));
    await check(shape.lang === lang, `<html lang="${shape.lang}">, not "${lang}"`);
    await check(shape.h1 === 1, `${shape.h1} <h1> elements`);
    await context.close();
  });

  it(`status report (${lang}): the Nu Html Checker finds no errors`, async () => {
    const { code, stdout, stderr } = await run(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', files[lang]]);
    const report = JSON.parse(stdout || '{"messages":[]}');
    const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    noProblems(errors.map((m) => `${m.lastLine ?? '?'}: ${m.message}`), `status report (${lang}, vnu):`);
    await check(code === 0, `vnu exited ${code}\n${stderr}`);
  });
}

it('status report (nl): the words are Dutch', async () => {
  const { context, page } = await open('nl');
  const text = await page.evaluate(() => document.body.innerText);
  for (const dutch of ['Stand van de site', 'Naar het overzicht', 'Vertalingen', 'Na te kijken', 'Begrijpelijke taal']) {
    await check(text.includes(dutch), `no "${dutch}" on the Dutch page`);
  }
  for (const english of ['Site status', 'Due for review', 'Plain language']) {
    await check(!text.includes(english), `"${english}" (English) on the Dutch page`);
  }
  await context.close();
});

it('status report: Tab reaches the skip link first, Enter and Tab land in <main>, every link is reachable', async () => {
  const { context, page } = await open('en');
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

it('status report: screenshots (English at 1280 px, Dutch at 390 and 1280 px)', async () => {
  const out = path.join(HERE, 'screenshots');
  fs.mkdirSync(out, { recursive: true });
  for (const [lang, width, name] of [['en', 1280, 'status-1280.png'], ['nl', 390, 'status-nl-390.png'], ['nl', 1280, 'status-nl-1280.png']]) {
    const { context, page } = await open(lang, width);
    await page.screenshot({ path: path.join(out, name), fullPage: width === 390 });
    console.log(`# screenshot screenshots/${name}`);
    await context.close();
  }
});
