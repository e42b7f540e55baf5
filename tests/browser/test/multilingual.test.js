// Browser tests of a site in six languages, two of them right to left, with Dutch at the root
// (tests/fixtures/valid/multilingual, `root_language: nl`), built here with the loket binary:
//   axe on every page, the Nu Html Checker with its warnings (0 errors, no `dir` warning),
//   <html lang dir> of every page, the skip link on an Arabic page, the compact language
//   switcher by keyboard at 390 px, and Arabic screenshots at 390 and 1280 px.
import { describe, it, before, after } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { HERE, loadSite } from '../lib/site.js';
import { startServer } from '../lib/server.js';
import { launchBrowser, newSiteContext, openPage, describeFocus } from '../lib/browser.js';
import { check, noProblems } from '../lib/check.js';
import { run } from '../lib/process.js';
import { REPO, loketBinary } from '../lib/loket.js';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));
const JAVA = process.env.JAVA || 'java';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENSHOT_DIR = path.join(HERE, 'screenshots');
const FIXTURE = path.join(REPO, 'tests', 'fixtures', 'valid', 'multilingual');
const RTL = new Set(['ar', 'fa']);

describe('a site in six languages, Dutch at the root, Arabic and Persian right to left', () => {
  let out;
  let site;
  let server;
  let browser;

  before(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'loket-multilingual-'));
    const { code, stdout, stderr } = await run(loketBinary(), ['build', '--root', FIXTURE, '--out', path.join(out, 'public')]);
    if (code !== 0) throw new Error(`loket build of ${FIXTURE} exited ${code}:\n${stdout}\n${stderr}`);
    site = loadSite(path.join(out, 'public'));
    server = await startServer(site.dir);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it('Dutch is at the root, the other languages below their code', async () => {
    await check(site.rootLang === 'nl', `the root index.html is not the Dutch home (root language ${site.rootLang})`);
    for (const lang of ['en', 'ar', 'fa', 'uk', 'tr']) await check(site.languages.includes(lang), `no /${lang}/ home page`);
    await check(!site.pages.some((p) => p.kind === 'chooser'), 'a language chooser at / although Dutch is at the root');
  });

  it('every page has the <html lang> and dir of its language', async () => {
    const problems = [];
    for (const record of site.pages.filter((p) => p.kind !== 'redirect')) {
      const html = fs.readFileSync(record.file, 'utf8');
      const tag = html.match(/<html\b[^>]*>/i)?.[0] || '';
      const lang = tag.match(/\blang="([^"]+)"/)?.[1];
      const dir = tag.match(/\bdir="([^"]+)"/)?.[1];
      const expected = RTL.has(record.lang) ? 'rtl' : 'ltr';
      if (lang !== record.lang) problems.push(`${record.url}: <html lang="${lang}">, expected ${record.lang}`);
      if (dir !== expected) problems.push(`${record.url}: <html dir="${dir}">, expected ${expected}`);
    }
    noProblems(problems, `${problems.length} page(s) with the wrong lang or dir:`);
  });

  it('axe: WCAG 2.2 A/AA on every page', async () => {
    const context = await newSiteContext(browser);
    const problems = [];
    try {
      for (const record of site.pages) {
        const { page, problems: loading } = await openPage(context, server.url, record);
        try {
          problems.push(...loading.map((p) => `${record.url}: ${p}`));
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          for (const v of results.violations) {
            problems.push(`${record.url}: ${v.id} [${v.impact}] ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          }
        } finally {
          await page.close();
        }
      }
    } finally {
      await context.close();
    }
    noProblems(problems, `${problems.length} axe violation(s) or loading problem(s):`);
  });

  it('Nu Html Checker: no errors, and no warning about the direction of a page', async () => {
    const files = site.pages.map((p) => p.file);
    const { code, stdout, stderr } = await run(JAVA, ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files]);
    let report;
    try {
      report = JSON.parse(stdout);
    } catch {
      await check(false, `vnu exited ${code} without a JSON report:\n${stdout}\n${stderr}`);
    }
    const where = (m) => (m.url?.startsWith('file:') ? path.relative(site.dir, fileURLToPath(m.url)) : m.url || '?');
    const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    const dirWarnings = report.messages.filter((m) => m.type === 'info' && /\bdir\b|direction|right-to-left/i.test(m.message));
    const lines = [...errors, ...dirWarnings].map((m) => `${where(m)}:${m.lastLine ?? '?'}: ${m.type}: ${m.message}`);
    const warnings = report.messages.filter((m) => m.type === 'info' && m.subType === 'warning');
    console.log(`# vnu: ${files.length} files, ${errors.length} errors, ${warnings.length} warnings (${dirWarnings.length} about direction)`);
    for (const m of warnings) console.log(`# vnu warning: ${where(m)}: ${m.message}`);
    noProblems(lines, `${lines.length} Nu Html Checker error(s) or direction warning(s):`);
  });

  it('an Arabic page: the first Tab lands on the skip link', async () => {
    const record = site.pages.find((p) => p.url === '/ar/asylum/interview/');
    await check(record, 'no page /ar/asylum/interview/');
    const context = await newSiteContext(browser, { width: 1280, height: 800 });
    try {
      const { page } = await openPage(context, server.url, record);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.matches('a.skip-link[href="#main"]') ?? false);
      await check(first, async () => `first Tab focuses ${await describeFocus(page)}, not the skip link`);
    } finally {
      await context.close();
    }
  });

  it('at 390 px the switcher is one line, opens by keyboard and leads to the Dutch page at the root', async () => {
    const record = site.pages.find((p) => p.url === '/ar/asylum/interview/');
    const context = await newSiteContext(browser, { width: 390, height: 844 });
    try {
      const { page } = await openPage(context, server.url, record);
      const SUMMARY = 'nav.language-switcher details > summary';
      await check((await page.locator(SUMMARY).count()) === 1, 'no compact switcher (nav.language-switcher details > summary)');
      const closed = await page.locator('nav.language-switcher').boundingBox();
      await check(closed && closed.height <= 60, `the closed switcher is ${closed?.height} px high at 390 px`);
      let found = false;
      for (let i = 0; i < 30 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, SUMMARY);
      }
      await check(found, '30 Tabs never reached the switcher');
      await page.keyboard.press('Enter');
      const entries = await page.evaluate(() =>
        [...document.querySelectorAll('nav.language-switcher li > :is(a, span[aria-current])')].map((e) => ({
          tag: e.tagName,
          lang: e.getAttribute('lang'),
          hreflang: e.getAttribute('hreflang'),
          dir: e.getAttribute('dir'),
          current: e.getAttribute('aria-current'),
          visible: !!(e.offsetWidth || e.offsetHeight),
        })),
      );
      const problems = [];
      if (entries.length !== 6) problems.push(`${entries.length} entries, expected 6`);
      for (const e of entries) {
        const dir = RTL.has(e.lang) ? 'rtl' : 'ltr';
        if (!e.visible) problems.push(`${e.lang}: not visible after Enter`);
        if (e.dir !== dir) problems.push(`${e.lang}: dir="${e.dir}", expected ${dir}`);
        if (e.lang === 'ar' && !(e.tag === 'SPAN' && e.current)) problems.push('the current language (ar) is not marked aria-current');
        if (e.lang !== 'ar' && !(e.tag === 'A' && e.hreflang === e.lang)) problems.push(`${e.lang}: not a link with hreflang`);
      }
      noProblems(problems, 'switcher entries:');
      await page.keyboard.press('Tab');
      const onLink = await page.evaluate(() => document.activeElement?.closest('nav.language-switcher') !== null);
      await check(onLink, async () => `Tab after opening focuses ${await describeFocus(page)}, not a switcher entry`);
      await Promise.all([page.waitForNavigation(), page.locator('nav.language-switcher a[hreflang="nl"]').click()]);
      const landed = new URL(page.url()).pathname;
      const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
      await check(landed === '/asiel/gehoor/', `the Dutch entry leads to ${landed}, not /asiel/gehoor/`);
      await check(html[0] === 'nl' && html[1] === 'ltr', `landed on <html lang="${html[0]}" dir="${html[1]}">`);
    } finally {
      await context.close();
    }
  });

  for (const width of [390, 1280]) {
    it(`Arabic screenshots at ${width} px`, async () => {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const context = await newSiteContext(browser, { width, height: width === 390 ? 844 : 800 });
      try {
        for (const [kind, url] of [['home', '/ar/'], ['page', '/ar/asylum/interview/']]) {
          const record = site.pages.find((p) => p.url === url);
          await check(record, `no page ${url}`);
          const { page } = await openPage(context, server.url, record);
          await page.evaluate(() => document.fonts.ready);
          const file = path.join(SCREENSHOT_DIR, `ar-${kind}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`# screenshot ${path.relative(HERE, file)} ← ${url}`);
          await page.close();
        }
      } finally {
        await context.close();
      }
    });
  }
});
