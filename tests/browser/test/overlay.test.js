// The errors overlay of `loket serve`, in Dutch (`--lang nl`), as editors see it in the
// browser: served by a real `loket serve` on a copy of the fixture tests/fixtures/valid/basic.
//   - the errors page: the site has errors from the start, so there is no page to lay the
//     overlay over and every address answers with the overlay's own page (503, a strict
//     Content-Security-Policy);
//   - the panel: the site built, then an edit broke it, so the overlay lies over the last
//     good version of the English home page (its own lang="nl" inside a page in English).
// Each: axe (WCAG 2.2 A/AA) finds nothing, the Nu Html Checker finds no error, one <h1>,
// the editor's language, no request to anything but the preview, no sideways scrolling at
// 390 px, the keyboard, and screenshots at 390 and 1280 px (overlay-page-nl-*.png,
// overlay-panel-nl-*.png).
import { describe, it, before, after } from 'node:test';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { HERE } from '../lib/site.js';
import { launchBrowser, newSiteContext, describeFocus } from '../lib/browser.js';
import { check, noProblems } from '../lib/check.js';
import { run } from '../lib/process.js';
import { REPO, startServe, waitFor } from '../lib/loket.js';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));
const JAVA = process.env.JAVA || 'java';
const FIXTURE = path.join(REPO, 'tests', 'fixtures', 'valid', 'basic');
const PAGE = 'content/nl/diensten/procedure/stap-een.md';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENSHOTS = path.join(HERE, 'screenshots');

let dir;
let browser;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loket-overlay-'));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture in `name`, with `edit` applied to PAGE when given. */
function site(name, edit) {
  const root = path.join(dir, name);
  fs.cpSync(FIXTURE, root, { recursive: true });
  if (edit) breakPage(root);
  return root;
}

/** Mistakes an editor makes: a link to a page that does not exist, after a tab. */
function breakPage(root) {
  const file = path.join(root, PAGE);
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes('Tekst met')) throw new Error(`${PAGE} changed: no "Tekst met" in it`);
  fs.writeFileSync(file, text.replace('Tekst met', 'Lees eerst\t[de aanvraag](aanvraag-<oud>.md). Tekst met'));
}

/** Opens `url` at `width`: { context, page, problems } (requests elsewhere, script errors, CSP). */
async function open(url, width) {
  const context = await newSiteContext(browser, { width, height: width < 600 ? 844 : 800 });
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(url).origin;
  page.on('request', (req) => {
    if (!req.url().startsWith(origin)) problems.push(`request elsewhere: ${req.url()}`);
  });
  page.on('pageerror', (err) => problems.push(`script error: ${err.message.split('\n')[0]}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/503/.test(msg.text())) problems.push(`console: ${msg.text().split('\n')[0]}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, problems };
}

async function axe(page, what, problems = []) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const lines = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} [${v.impact}] at ${n.target.join(' ')}: ${v.help}`));
  noProblems([...lines, ...problems], `${what}:`);
}

async function vnu(html, name, what) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, html);
  const { code, stdout, stderr } = await run(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', file]);
  const report = JSON.parse(stdout || '{"messages":[]}');
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  noProblems(errors.map((m) => `${m.lastLine ?? '?'}: ${m.message}`), `${what} (vnu):`);
  await check(code === 0, `vnu exited ${code}\n${stderr}`);
}

/** Whether anything is wider than the viewport: the page, or the overlay's own box. */
function sideways(page) {
  return page.evaluate(() => {
    const wide = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) wide.push(`the page is ${root.scrollWidth} px wide`);
    const overlay = document.getElementById('loket-overlay');
    if (overlay && overlay.scrollWidth > overlay.clientWidth) wide.push(`the overlay scrolls: ${overlay.scrollWidth} > ${overlay.clientWidth}`);
    for (const card of document.querySelectorAll('#loket-overlay .loket-card, #loket-overlay .loket-line')) {
      if (card.scrollWidth > card.clientWidth + 1) wide.push(`${card.className} scrolls: ${card.scrollWidth} > ${card.clientWidth}`);
    }
    return wide;
  });
}

async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: false });
  console.log(`# screenshot screenshots/${name}`);
}

/** What every card shows: the Dutch words, the file and line, the line with its tab, the hint. */
async function cardsAreDutchAndWhole(page, what) {
  const found = await page.evaluate(() => {
    const overlay = document.getElementById('loket-overlay');
    return {
      lang: overlay?.closest('[lang]')?.getAttribute('lang'),
      title: overlay?.querySelector('h1, h2')?.textContent,
      cards: [...document.querySelectorAll('#loket-overlay .loket-card')].map((card) => ({
        where: card.querySelector('.loket-where')?.textContent || '',
        line: card.querySelector('.loket-line')?.textContent || '',
        hint: card.querySelector('.loket-hint')?.textContent || '',
        severity: card.querySelector('.loket-severity')?.textContent || '',
      })),
    };
  });
  await check(found.lang === 'nl', `${what}: the overlay's language is "${found.lang}", not nl`);
  await check(/^De site heeft \d+ fout/.test(found.title || ''), `${what}: the title "${found.title}" is not Dutch`);
  const card = found.cards.find((c) => c.where.startsWith(`${PAGE}, regel `));
  await check(card, `${what}: no card at ${PAGE}, regel N: ${JSON.stringify(found.cards)}`);
  await check(card.severity === 'Fout', `${what}: severity "${card.severity}"`);
  await check(card.line.includes('Lees eerst→[de aanvraag](aanvraag-<oud>.md)'), `${what}: the line with its tab as →: "${card.line}"`);
  await check(card.hint.startsWith('Wat je kunt doen:'), `${what}: the hint "${card.hint}"`);
}

describe('the errors page (nothing built yet)', () => {
  let serve;
  let url;
  before(async () => {
    serve = await startServe(site('never-built', true), ['--lang', 'nl']);
    url = serve.url;
  });
  after(async () => serve?.stop());

  it('errors page: 503 under a strict CSP, valid HTML (Nu Html Checker)', async () => {
    const response = await fetch(url);
    await check(response.status === 503, `the errors page answers ${response.status}`);
    const csp = response.headers.get('content-security-policy') || '';
    await check(csp.includes("default-src 'none'") && !csp.includes('unsafe-inline'), `the policy: ${csp}`);
    await vnu(await response.text(), 'errors-page.html', 'errors page');
  });

  for (const width of [390, 1280]) {
    it(`errors page at ${width} px: axe finds nothing, one <h1>, <html lang="nl">, nothing sideways, screenshot`, async () => {
      const { context, page, problems } = await open(url, width);
      await axe(page, `errors page at ${width} px`, problems);
      const shape = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelectorAll('h1').length,
        main: document.querySelectorAll('main').length,
        inlineStyle: document.querySelectorAll('style, [style]').length,
        inlineScript: [...document.scripts].filter((s) => !s.src).length,
      }));
      await check(shape.lang === 'nl', `<html lang="${shape.lang}">`);
      await check(shape.h1 === 1 && shape.main === 1, `${shape.h1} <h1>, ${shape.main} <main>`);
      await check(shape.inlineStyle === 0 && shape.inlineScript === 0, `inline style or script: ${JSON.stringify(shape)}`);
      await cardsAreDutchAndWhole(page, `errors page at ${width} px`);
      noProblems(await sideways(page), `errors page at ${width} px scrolls sideways:`);
      await screenshot(page, `overlay-page-nl-${width}.png`);
      await context.close();
    });
  }
});

describe('the panel over the last good page', () => {
  let serve;
  let url;
  let root;
  before(async () => {
    root = site('broken-later');
    serve = await startServe(root, ['--lang', 'nl']);
    url = `${serve.url}en/`;
    await waitFor(url, 'the built page', (body) => body.includes('<h1') && !body.includes('loket-overlay'));
    breakPage(root);
    await waitFor(url, 'the overlay', (body) => body.includes('id="loket-overlay"'));
  });
  after(async () => serve?.stop());

  it('panel: the page with the overlay is valid HTML (Nu Html Checker)', async () => {
    const response = await fetch(url);
    await vnu(await response.text(), 'panel.html', 'page with the overlay');
  });

  for (const width of [390, 1280]) {
    it(`panel at ${width} px: axe finds nothing, one <h1>, lang="nl" on the overlay, nothing sideways, screenshot`, async () => {
      const { context, page, problems } = await open(url, width);
      await axe(page, `panel at ${width} px`, problems);
      const shape = await page.evaluate(() => ({
        page: document.documentElement.lang,
        h1: document.querySelectorAll('h1').length,
        region: document.querySelector('section#loket-overlay[aria-labelledby]') !== null,
      }));
      await check(shape.page === 'en', `the page underneath keeps its language: ${shape.page}`);
      await check(shape.h1 === 1, `${shape.h1} <h1> elements: the overlay's heading is an <h2>`);
      await check(shape.region, 'the overlay is a region named by its heading');
      await cardsAreDutchAndWhole(page, `panel at ${width} px`);
      noProblems(await sideways(page), `panel at ${width} px scrolls sideways:`);
      await screenshot(page, `overlay-panel-nl-${width}.png`);
      await context.close();
    });
  }

  it('panel: Tab stays in the overlay (the page underneath is inert); its button closes it', async () => {
    const { context, page } = await open(url, 1280);
    await page.keyboard.press('Tab');
    const onButton = await page.evaluate(() => document.activeElement?.id === 'loket-overlay-close');
    await check(onButton, async () => `first Tab focuses ${await describeFocus(page)}, not the overlay's button`);
    const label = await page.evaluate(() => document.activeElement?.textContent);
    await check(label === 'Sluit deze melding', `the button says "${label}"`);
    await page.keyboard.press('Enter');
    const closed = await page.evaluate(() => document.getElementById('loket-overlay')?.hidden === true);
    await check(closed, 'Enter on the button does not close the overlay');
    await page.keyboard.press('Tab');
    const inPage = await page.evaluate(() => !document.activeElement?.closest('#loket-overlay') && document.activeElement !== document.body);
    await check(inPage, async () => `after closing, Tab focuses ${await describeFocus(page)}, not the page`);
    await context.close();
  });
});
