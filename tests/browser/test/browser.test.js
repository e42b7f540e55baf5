// Browser tests of the built site, in one headless Chromium:
//   axe on every HTML page, one <h1> and the right <html lang> on every page,
//   the skip link and the narrow-screen menu by keyboard, the language switcher,
//   and screenshots at 390 and 1280 px.
// The Nu Html Checker runs in vnu.test.js (a separate process, in parallel).
import { describe, it, before, after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { HERE, loadSite, pickPages, prefix } from '../lib/site.js';
import { startServer } from '../lib/server.js';
import { launchBrowser, newSiteContext, openPage, describeFocus } from '../lib/browser.js';
import { check, noProblems } from '../lib/check.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BATCH = Number(process.env.BROWSER_BATCH || 4); // pages checked at the same time
const SCREENSHOT_DIR = path.join(HERE, 'screenshots');

let site;
let siteError;
try {
  site = loadSite();
} catch (err) {
  siteError = err;
}

if (siteError) {
  it('the built site exists', () => {
    throw siteError;
  });
} else {
  const picks = Object.fromEntries(site.languages.map((lang) => [lang, pickPages(site, lang)]));
  let server;
  let browser;
  let context; // the shared 1280 px context for the per-page checks
  const axeByRule = new Map(); // rule id -> { help, impact, pages: [url], example: selector }
  const structureFailures = []; // "url: problem"

  before(async () => {
    server = await startServer(site.dir);
    browser = await launchBrowser();
    context = await newSiteContext(browser);
    const counts = {};
    for (const p of site.pages) counts[p.kind] = (counts[p.kind] || 0) + 1;
    console.log(`# site ${site.dir}: ${site.pages.length} html files ${JSON.stringify(counts)}, languages ${site.languages.join(', ')}; served at ${server.url}`);
    const shotLang = picks.nl ? 'nl' : site.languages[0];
    for (const note of picks[shotLang]?.notes || []) console.log(`# page choice: ${note}`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    // one line per axe rule and per structure problem: a theme bug repeats on every page
    for (const [id, r] of [...axeByRule].sort((a, b) => b[1].pages.length - a[1].pages.length)) {
      const shown = r.pages.slice(0, 3).join(', ') + (r.pages.length > 3 ? ', …' : '');
      console.log(`# axe summary: ${id} [${r.impact}] on ${r.pages.length} page(s) (${shown}), e.g. at ${r.example}: ${r.help}`);
    }
    for (const line of structureFailures) console.log(`# structure summary: ${line}`);
  });

  describe('axe: WCAG 2.2 A/AA on every html file', { concurrency: BATCH }, () => {
    for (const record of site.pages) {
      it(record.url, async () => {
        const { page } = await openPage(context, server.url, record);
        try {
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          const lines = results.violations.map((v) => {
            const targets = v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ');
            const more = v.nodes.length > 4 ? ` (+${v.nodes.length - 4} more)` : '';
            return `${v.id} [${v.impact}] ${v.help}\n      at ${targets}${more}`;
          });
          for (const v of results.violations) {
            const r = axeByRule.get(v.id) || { help: v.help, impact: v.impact, pages: [], example: v.nodes[0]?.target.join(' ') };
            r.pages.push(record.url);
            axeByRule.set(v.id, r);
          }
          noProblems(lines, `${record.url}: ${lines.length} axe violation(s):`);
        } finally {
          await page.close();
        }
      });
    }
  });

  describe('structure: one <h1>, <html lang> of its folder, loads cleanly', { concurrency: BATCH }, () => {
    for (const record of site.pages) {
      it(record.url, async () => {
        const { page, status, problems } = await openPage(context, server.url, record);
        try {
          const { h1s, lang } = await page.evaluate(() => ({
            h1s: [...document.querySelectorAll('h1')].map((h) => h.textContent.trim().slice(0, 60)),
            lang: document.documentElement.getAttribute('lang'),
          }));
          const errors = [];
          if (status !== 200) errors.push(`HTTP status ${status}`);
          if (record.lang) {
            if (lang !== record.lang) errors.push(`<html lang="${lang}"> but the page is under /${record.lang}/`);
          } else if (!lang || !site.languages.includes(lang.split('-')[0])) {
            errors.push(`<html lang="${lang}"> is not one of the site's languages (${site.languages.join(', ')})`);
          }
          if (record.kind === 'redirect') {
            // a redirect page needs no heading; its target must exist
            const target = new URL(record.redirectTo || '', server.url + record.url);
            if (!record.redirectTo) errors.push('meta refresh without a url');
            else if (target.origin === server.url) {
              const res = await fetch(target, { redirect: 'follow' });
              if (res.status !== 200) errors.push(`redirects to ${target.pathname}, which answers HTTP ${res.status}`);
            }
          } else if (h1s.length !== 1) {
            errors.push(`${h1s.length} <h1> elements${h1s.length ? ': ' + h1s.map((h) => JSON.stringify(h)).join(', ') : ''}`);
          }
          errors.push(...problems);
          for (const e of errors) structureFailures.push(`${record.url}: ${e}`);
          noProblems(errors, `${record.url}:`);
        } finally {
          await page.close();
        }
      });
    }
  });

  describe('static server', () => {
    it('answers a missing path with 404 and the site\'s 404 page', async () => {
      // The root language's pages are at the root: its 404 page is the root one.
      for (const lang of [null, ...site.languages.filter((l) => l !== site.rootLang)]) {
        const res = await fetch(`${server.url}/${lang ? lang + '/' : ''}no-such-page-${Date.now()}/`);
        const body = await res.text();
        const expected = lang && fs.existsSync(path.join(site.dir, lang, '404.html')) ? `${lang}/404.html` : '404.html';
        await check(res.status === 404, `/${lang ? lang + '/' : ''}no-such-page/: HTTP ${res.status}, expected 404`);
        if (fs.existsSync(path.join(site.dir, expected))) {
          await check(body === fs.readFileSync(path.join(site.dir, expected), 'utf8'), `expected the body of /${expected}`);
        }
      }
    });
  });

  // ---- keyboard ---------------------------------------------------------------------

  async function skipLinkCheck(record) {
    const ctx = await newSiteContext(browser, { width: 1280, height: 800 });
    try {
      const { page } = await openPage(ctx, server.url, record);
      const mainInfo = await page.evaluate(() => {
        const mains = document.querySelectorAll('main');
        const main = document.getElementById('main');
        return { count: mains.length, isMain: main?.tagName === 'MAIN', tabindex: main?.getAttribute('tabindex') ?? null };
      });
      await check(mainInfo.isMain, `${record.url}: no <main id="main">`);
      await check(mainInfo.tabindex === null, `${record.url}: <main id="main"> has tabindex="${mainInfo.tabindex}"`);

      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.matches('a.skip-link[href="#main"]') ?? false);
      await check(first, async () => `${record.url}: first Tab focuses ${await describeFocus(page)}, not a.skip-link[href="#main"]`);

      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#main', null, { timeout: 2000 }).catch(() => {});
      const hash = await page.evaluate(() => location.hash);
      await check(hash === '#main', `${record.url}: after Enter on the skip link the URL hash is "${hash}"`);

      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => {
        const main = document.getElementById('main');
        return !!main && main.contains(document.activeElement) && document.activeElement !== main;
      });
      await check(inMain, async () => `${record.url}: after the skip link, Tab focuses ${await describeFocus(page)}, which is not inside <main>`);
    } finally {
      await ctx.close();
    }
  }

  describe('keyboard: skip link', () => {
    const targets = [];
    for (const lang of site.languages) if (picks[lang].home) targets.push(picks[lang].home);
    const deep = picks.nl?.deep || picks[site.languages[0]]?.deep;
    if (deep && !targets.includes(deep)) targets.push(deep);
    for (const record of targets) it(`${record.url}: Tab, Enter, Tab lands in <main>`, () => skipLinkCheck(record));
  });

  describe('keyboard: menu', () => {
    const home = picks.nl?.home || picks[site.languages[0]]?.home;

    it('at 390×844 the menu is collapsed, opens with Enter on its summary and Tab reaches the first link', async () => {
      await check(home, 'no home page to test the menu on');
      const ctx = await newSiteContext(browser, { width: 390, height: 844, isMobile: false });
      try {
        const { page } = await openPage(ctx, server.url, home);
        const links = page.locator('nav.site-nav a');
        const count = await links.count();
        await check(count > 0, `${home.url}: no links in nav.site-nav`);
        // the <details class="site-menu"> may sit inside nav.site-nav or wrap it
        const MENU = 'nav.site-nav details.site-menu, details.site-menu:has(nav.site-nav)';
        await check((await page.locator(MENU).count()) === 1,
          `${home.url}: expected one details.site-menu inside or around nav.site-nav`);
        await check((await page.locator(`:is(${MENU}) > summary`).count()) === 1,
          `${home.url}: details.site-menu has no <summary>`);
        const visibleAtFirst = [];
        for (let i = 0; i < count; i++) if (await links.nth(i).isVisible()) visibleAtFirst.push(await links.nth(i).getAttribute('href'));
        await check(visibleAtFirst.length === 0, `${home.url}: menu links visible before the menu is opened: ${visibleAtFirst.join(', ')}`);

        let found = false;
        for (let i = 0; i < 40 && !found; i++) {
          await page.keyboard.press('Tab');
          found = await page.evaluate((sel) => document.activeElement?.matches(`:is(${sel}) > summary`) ?? false, MENU);
        }
        await check(found, `${home.url}: 40 Tabs never focused the menu's <summary>`);
        await page.keyboard.press('Enter');
        const open = await page.evaluate((sel) => document.querySelector(sel)?.open, MENU);
        await check(open, `${home.url}: Enter on the <summary> did not open the menu`);
        const hidden = [];
        for (let i = 0; i < count; i++) if (!(await links.nth(i).isVisible())) hidden.push(await links.nth(i).getAttribute('href'));
        await check(hidden.length === 0, `${home.url}: menu open but links not visible: ${hidden.join(', ')}`);

        await page.keyboard.press('Tab');
        const onFirst = await page.evaluate(() => document.activeElement === document.querySelector('nav.site-nav a'));
        await check(onFirst, async () => `${home.url}: Tab after opening the menu focuses ${await describeFocus(page)}, not the first menu link`);
      } finally {
        await ctx.close();
      }
    });

    it('at 1280×800 the menu links are visible without opening anything', async () => {
      await check(home, 'no home page to test the menu on');
      const ctx = await newSiteContext(browser, { width: 1280, height: 800 });
      try {
        const { page } = await openPage(ctx, server.url, home);
        const links = page.locator('nav.site-nav a');
        const count = await links.count();
        await check(count > 0, `${home.url}: no links in nav.site-nav`);
        const hidden = [];
        for (let i = 0; i < count; i++) if (!(await links.nth(i).isVisible())) hidden.push(await links.nth(i).getAttribute('href'));
        await check(hidden.length === 0, `${home.url}: menu links not visible at 1280 px: ${hidden.join(', ')}`);
      } finally {
        await ctx.close();
      }
    });
  });

  // ---- language switcher --------------------------------------------------------------

  describe('language switcher', () => {
    const cases = [];
    for (const from of site.languages) {
      for (const to of site.languages) {
        if (from === to) continue;
        if (picks[from].home) cases.push([picks[from].home, to]);
      }
    }
    if (picks.nl?.deep && site.languages.includes('en')) cases.push([picks.nl.deep, 'en']);
    // A topic page's switcher leads to the same topic's page in the other language.
    if (picks.nl?.topic && site.languages.includes('en')) cases.push([picks.nl.topic, 'en', 'template-topic']);

    for (const [record, to, bodyClass] of cases) {
      it(`${record.url}: clicking the ${to} link lands on a page with <html lang="${to}">`, async () => {
        const ctx = await newSiteContext(browser);
        try {
          const { page } = await openPage(ctx, server.url, record);
          const link = page.locator(`nav.language-switcher a[hreflang="${to}"][lang="${to}"]`);
          await check((await link.count()) === 1, `${record.url}: expected one nav.language-switcher a[hreflang="${to}"][lang="${to}"]`);
          const before = page.url();
          await Promise.all([page.waitForURL((u) => u.href !== before, { waitUntil: 'load' }), link.click()]);
          const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
          const landed = new URL(page.url()).pathname;
          await check(lang === to, `${record.url} → ${landed}: <html lang="${lang}">`);
          await check(landed.startsWith(prefix(site, to)), `${record.url} → ${landed}: not under ${prefix(site, to)}`);
          const h1 = await page.locator('h1').count();
          await check(h1 === 1, `${record.url} → ${landed}: ${h1} <h1> (a 404 page?)`);
          if (bodyClass) {
            const classes = await page.evaluate(() => document.body.className);
            await check(classes.split(/\s+/).includes(bodyClass), `${record.url} → ${landed}: body class "${classes}", expected ${bodyClass}`);
          }
        } finally {
          await ctx.close();
        }
      });
    }
  });

  // ---- screenshots --------------------------------------------------------------------

  describe('screenshots', () => {
    const pick = picks.nl || picks[site.languages[0]];
    const lang = picks.nl ? 'nl' : site.languages[0];
    const shots = [
      ['home', pick?.home],
      ['section', pick?.section],
      ['story', pick?.story],
      ['procedure', pick?.procedure],
      ['topic', pick?.topic],
    ];
    for (const width of [390, 1280]) {
      it(`full-page screenshots at ${width} px`, async () => {
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const ctx = await newSiteContext(browser, { width, height: width === 390 ? 844 : 800 });
        const missing = [];
        try {
          for (const [kind, record] of shots) {
            if (!record) {
              missing.push(kind);
              continue;
            }
            const { page } = await openPage(ctx, server.url, record);
            await page.evaluate(() => document.fonts.ready);
            const file = path.join(SCREENSHOT_DIR, `${lang}-${kind}-${width}.png`);
            await page.screenshot({ path: file, fullPage: true });
            console.log(`# screenshot ${path.relative(HERE, file)} ← ${record.url}`);
            await page.close();
          }
        } finally {
          await ctx.close();
        }
        await check(missing.length === 0, `no ${missing.join(', ')} page found to take a screenshot of`);
      });
    }
  });
}
