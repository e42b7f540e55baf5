// Launching Debian's Chromium through playwright-core, and opening site pages.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|about:)/;

/**
 * A browser context for the site: a fixed viewport, and every request to another host
 * aborted (the machine has no network; a public-information site should load nothing
 * from elsewhere either). Aborted requests show up as failed requests on the page.
 */
export async function newSiteContext(browser, { width = 1280, height = 800, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce', ...options });
  await context.route((url) => !LOCAL.test(url.href), (route) => route.abort('blockedbyclient'));
  return context;
}

/**
 * Opens `page` (a page record from site.js) in a new tab of `context` and waits for `load`.
 * Returns { page, status, problems } where problems lists failed sub-resource requests,
 * 4xx/5xx answers and uncaught script errors seen while loading.
 *
 * Alias redirect pages (a <meta http-equiv="refresh">) are shown as they are: every
 * navigation of the tab after the first one is aborted with net::ERR_ABORTED, which
 * leaves the redirect page's own document in place (JavaScript being off would not stop
 * a meta refresh, which is why this is done at the network level).
 */
export async function openPage(context, baseUrl, record) {
  const tab = await context.newPage();
  const problems = [];
  const isRedirect = record.kind === 'redirect';
  tab.on('pageerror', (err) => problems.push(`script error: ${err.message.split('\n')[0]}`));
  tab.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) {
      problems.push(`CSP violation: ${msg.text().split('\n')[0]}`);
    }
  });
  tab.on('requestfailed', (req) => {
    if (isRedirect && req.isNavigationRequest()) return;
    problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  tab.on('response', (res) => {
    if (res.status() >= 400 && !res.request().isNavigationRequest()) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  if (isRedirect) {
    let navigations = 0;
    await tab.route('**/*', (route) => {
      const req = route.request();
      if (req.isNavigationRequest() && req.frame() === tab.mainFrame() && ++navigations > 1) {
        return route.abort('aborted');
      }
      return route.fallback();
    });
  }
  const response = await tab.goto(baseUrl + record.url, { waitUntil: 'load' });
  if (isRedirect) await tab.waitForTimeout(100); // let the refresh fire (and be aborted) before checking
  return { page: tab, status: response?.status() ?? 0, problems };
}

/** Describes document.activeElement briefly, for assertion messages. */
export function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body> (nothing focused)';
    const attrs = ['id', 'class', 'href']
      .filter((a) => el.getAttribute(a))
      .map((a) => `${a}="${el.getAttribute(a)}"`)
      .join(' ');
    return `<${el.tagName.toLowerCase()}${attrs ? ' ' + attrs : ''}> "${(el.textContent || '').trim().slice(0, 40)}"`;
  });
}
