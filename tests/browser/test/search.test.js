// The search page in a browser: Pagefind's index through loket's own interface, by
// keyboard only, with results announced in a live region; and the plain list of pages
// that stands in for it without JavaScript.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { loadSite } from '../lib/site.js';
import { startServer } from '../lib/server.js';
import { launchBrowser, newSiteContext, describeFocus } from '../lib/browser.js';

// Per language: the search page, the word typed, and what the first result must be.
const CASES = [
  { lang: 'nl', query: 'asiel', title: /^Asiel\b/, href: /\/asiel\/$/ },
  { lang: 'en', query: 'asylum', title: /^Asylum\b/, href: /\/asylum\/$/ },
];

const site = loadSite();
const searchPages = Object.fromEntries(
  site.pages
    .filter((p) => p.kind === 'page' && /<form[^>]*data-search/.test(fs.readFileSync(p.file, 'utf8')))
    .map((p) => [p.lang, p.url]),
);

describe('search', () => {
  let server;
  let browser;
  let context;

  before(async () => {
    server = await startServer(site.dir);
    browser = await launchBrowser();
    context = await newSiteContext(browser);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const { lang, query, title, href } of CASES) {
    it(`${lang}: typing "${query}" by keyboard lists the ${lang} asylum page first`, async () => {
      const url = searchPages[lang];
      assert.ok(url, `no search page (a page with form[data-search]) in ${lang}`);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      try {
        await page.goto(server.url + url, { waitUntil: 'load' });
        // Keyboard only: Tab until the search page's own field has focus.
        let tabs = 0;
        while ((await page.evaluate(() => document.activeElement?.id)) !== 'search-page-input') {
          assert.ok(++tabs < 60, `the search field is never reached by Tab; focus: ${await describeFocus(page)}`);
          await page.keyboard.press('Tab');
        }
        await page.keyboard.type(query);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelectorAll('#search-page-results li a').length > 0, null, { timeout: 15000 });
        const first = await page.$eval('#search-page-results li a', (a) => ({ href: a.getAttribute('href'), text: a.textContent }));
        assert.match(first.href, href, `first result: ${JSON.stringify(first)}`);
        assert.match(first.text, title, `first result: ${JSON.stringify(first)}`);
        const status = page.locator('#search-page-status');
        assert.equal(await status.getAttribute('role'), 'status', 'results are announced in a live region');
        assert.match(await status.textContent(), new RegExp(query), 'the announcement names the query');
        assert.equal(new URL(page.url()).searchParams.get('q'), query, 'the query is in the address, to share or reload');
        assert.ok(await page.locator('#search-page-fallback').isHidden(), 'the plain list gives way to the results');
        // On from the field, Tab reaches the first result, and Enter opens it.
        tabs = 0;
        while ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) !== first.href) {
          assert.ok(++tabs < 10, `the first result is not reached by Tab; focus: ${await describeFocus(page)}`);
          await page.keyboard.press('Tab');
        }
        await Promise.all([page.waitForURL((u) => u.pathname === first.href), page.keyboard.press('Enter')]);
        assert.deepEqual(errors, [], 'no script errors or CSP violations');
      } finally {
        await page.close();
      }
    });
  }

  it('without JavaScript the search page lists every page and links the sitemap', async () => {
    const noScript = await newSiteContext(browser, { javaScriptEnabled: false });
    const page = await noScript.newPage();
    try {
      await page.goto(server.url + searchPages.nl, { waitUntil: 'load' });
      const fallback = page.locator('#search-page-fallback');
      assert.ok(await fallback.isVisible(), 'the plain list is shown');
      const links = await fallback.locator('a').count();
      assert.ok(links > 20, `only ${links} links in the list`);
      assert.ok((await fallback.locator('a[href$="/sitemap/"]').count()) > 0, 'the sitemap page is linked');
    } finally {
      await noScript.close();
    }
  });
});
