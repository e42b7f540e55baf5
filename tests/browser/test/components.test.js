// The built-in components (docs/components.md) in a real browser, on the pages of the built
// site that use them (found by their HTML, so any site works): a disclosure (`details`)
// opens and closes by keyboard, Enter and Space on its summary; the page with components
// fits 320 px and 1280 px without sideways scrolling, and its figures, videos and buttons
// stay inside the content. axe, vnu and the CSP check of every page are in the other files.

import { describe, it, before, after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { HERE, loadSite } from '../lib/site.js';
import { startServer } from '../lib/server.js';
import { launchBrowser, newSiteContext, openPage, describeFocus } from '../lib/browser.js';
import { check, noProblems } from '../lib/check.js';

const SCREENSHOT_DIR = path.join(HERE, 'screenshots');
const SUMMARY = 'details.disclosure > summary';

let site;
try {
  site = loadSite();
} catch (err) {
  it('the built site exists', () => {
    throw err;
  });
}

if (site) {
  // The page of each language that uses the most kinds of component.
  const kinds = ['details class="disclosure"', 'class="notice', 'class="button"', '<figure', '<video', 'visually-hidden'];
  const score = (p) => kinds.filter((k) => fs.readFileSync(p.file, 'utf8').includes(k)).length;
  const componentPages = site.languages
    .map((lang) => site.pages.filter((p) => p.kind === 'page' && p.lang === lang).sort((a, b) => score(b) - score(a))[0])
    .filter((p) => p && score(p) > 0 && fs.readFileSync(p.file, 'utf8').includes('details class="disclosure"'));

  describe('components', () => {
    let server;
    let browser;
    before(async () => {
      server = await startServer(site.dir);
      browser = await launchBrowser();
      console.log(`# component pages: ${componentPages.map((p) => p.url).join(', ') || 'none'}`);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('a page of the site uses the disclosure component', async () => {
      await check(componentPages.length > 0, 'no page has a details.disclosure block');
    });

    for (const record of componentPages) {
      it(`${record.url}: the first disclosure opens and closes with Enter and Space on its summary`, async () => {
        const ctx = await newSiteContext(browser, { width: 1280, height: 800 });
        try {
          const { page, problems } = await openPage(ctx, server.url, record);
          noProblems(problems, record.url);
          const open = () => page.evaluate((sel) => document.querySelector(sel).parentElement.open, SUMMARY);
          await check(!(await open()), `${record.url}: the first disclosure is open before anything is done`);
          let found = false;
          for (let i = 0; i < 80 && !found; i++) {
            await page.keyboard.press('Tab');
            found = await page.evaluate((sel) => document.activeElement === document.querySelector(sel), SUMMARY);
          }
          await check(found, async () => `${record.url}: 80 Tabs never focused the first disclosure's summary (last: ${await describeFocus(page)})`);
          const body = page.locator('details.disclosure').first().locator('.disclosure-body');
          await check(!(await body.isVisible()), `${record.url}: the answer is visible while closed`);
          for (const [key, want] of [['Enter', true], ['Enter', false], ['Space', true], ['Space', false]]) {
            await page.keyboard.press(key);
            await check((await open()) === want, `${record.url}: ${key} did not ${want ? 'open' : 'close'} the disclosure`);
            await check((await body.isVisible()) === want, `${record.url}: after ${key} the answer is ${want ? 'hidden' : 'still visible'}`);
          }
        } finally {
          await ctx.close();
        }
      });

      for (const width of [320, 1280]) {
        it(`${record.url} at ${width} px: no sideways scrolling, components inside the content`, async () => {
          const ctx = await newSiteContext(browser, { width, height: 800 });
          try {
            const { page, problems } = await openPage(ctx, server.url, record);
            noProblems(problems, record.url);
            // Open every disclosure, so that what they hold is measured too.
            await page.evaluate(() => document.querySelectorAll('details.disclosure').forEach((d) => { d.open = true; }));
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            await check(overflow <= 0, `${record.url} at ${width} px: the page is ${overflow} px wider than the window`);
            const outside = await page.evaluate(() => {
              const content = document.querySelector('.content').getBoundingClientRect();
              return [...document.querySelectorAll('.content figure img, .content video, .content .button, .content .notice, .content details')]
                .filter((el) => { const r = el.getBoundingClientRect(); return r.left < content.left - 1 || r.right > content.right + 1; })
                .map((el) => el.outerHTML.slice(0, 80));
            });
            await check(outside.length === 0, `${record.url} at ${width} px: wider than the content: ${outside.join(' | ')}`);
            fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
            await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${record.lang}-components-${width}.png`), fullPage: true });
          } finally {
            await ctx.close();
          }
        });
      }
    }
  });
}
