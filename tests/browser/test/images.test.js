// Browser tests of pictures (issue 24) on a small site of their own
// (tests/fixtures/valid/pictures, built here with the loket binary: env LOKET):
//   a story page with a page image (a 1800x1200 JPEG), the story overview with two story
//   cards, and a page with a `figure` (a 1600x1000 PNG drawing).
// At 390 px (device pixel ratio 2) and 1280 px (ratio 1):
//   - every picture loads the WebP variant that is the smallest of its srcset at least as
//     wide as it is shown (rendered width x ratio), and that variant is as wide as it says;
//   - no layout shift (PerformanceObserver 'layout-shift', buffered, after scrolling through,
//     with every picture answered 1.5 s late so that it arrives after the first paint);
//   - every img has width and height in the ratio of the picture it shows;
// and axe (WCAG 2.2 A/AA) and the Nu Html Checker find nothing on those pages.
//
// The tests marked [issue 24 markup] need the <picture>/srcset markup that the pictures
// work writes; on a build from before it (c9558bf) they fail with a message that says so.
//
// The fixture's pictures were made with Pillow: a blurred gradient with shapes (JPEG,
// quality 45) and a flat 16-colour drawing (PNG), 19 KB and 4 KB.
import { describe, it, before, after } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { loadSite } from '../lib/site.js';
import { startServer } from '../lib/server.js';
import { launchBrowser, newSiteContext, openPage } from '../lib/browser.js';
import { check, noProblems, CheckFailure } from '../lib/check.js';
import { run } from '../lib/process.js';
import { REPO, loketBinary } from '../lib/loket.js';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));
const JAVA = process.env.JAVA || 'java';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FIXTURE = path.join(REPO, 'tests', 'fixtures', 'valid', 'pictures');

const PAGES = {
  story: '/nl/verhalen/amina/',
  overview: '/nl/verhalen/',
  figure: '/nl/verhalen/route/',
};
const VIEWPORTS = [
  { name: '390 px, ratio 2', width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  { name: '1280 px, ratio 1', width: 1280, height: 800, deviceScaleFactor: 1 },
];
// The pictures a page shows: the page image, story cards, figures.
const PICTURES = 'img.page-image, img.card-image, main figure img';
// `<stem>-<width>w.<16 hex>.<ext>`, e.g. /nl/verhalen/amina-800w.0123456789abcdef.webp
const VARIANT = /-(\d+)w\.[0-9a-f]{16}\.(webp|avif|jpg|png|gif)$/;

const SLOW_PICTURE_MS = 1500;
const MARKUP_MISSING =
  'needs the <picture>/srcset markup of issue 24 (the pictures work); this build writes plain <img> ' +
  'elements: a loket from before that work (such as c9558bf) fails here, as expected.';

/** The pictures of the open page, as the browser sees them (after they have loaded). */
function describePictures(page) {
  return page.evaluate(async (selector) => {
    const srcset = (value) =>
      (value || '')
        .split(',')
        .map((c) => c.trim().split(/\s+/))
        .filter((c) => c[0])
        .map(([url, descriptor]) => ({ url: new URL(url, document.baseURI).href, width: parseInt(descriptor, 10) }));
    // The pixel width of a file: naturalWidth of an img with a `w` srcset is in CSS pixels
    // (the file's width divided by the density the browser chose).
    const fileWidth = async (url) => {
      if (!url) return 0;
      const probe = new Image();
      probe.src = url;
      try {
        await probe.decode();
      } catch {
        return 0;
      }
      return probe.naturalWidth;
    };
    const described = [...document.querySelectorAll(selector)].map((img) => {
      const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
      const webp = picture?.querySelector('source[type="image/webp"]');
      const box = img.getBoundingClientRect();
      return {
        html: img.outerHTML.slice(0, 200),
        className: img.className,
        inFigure: !!img.closest('figure'),
        inPicture: !!picture,
        loading: img.getAttribute('loading'),
        widthAttr: img.getAttribute('width'),
        heightAttr: img.getAttribute('height'),
        sizes: webp?.getAttribute('sizes') ?? img.getAttribute('sizes'),
        webp: srcset(webp?.getAttribute('srcset')),
        own: srcset(img.getAttribute('srcset')),
        currentSrc: img.currentSrc,
        complete: img.complete,
        naturalWidth: img.naturalWidth,
        naturalHeight: img.naturalHeight,
        rendered: box.width,
      };
    });
    for (const picture of described) picture.fileWidth = await fileWidth(picture.currentSrc);
    return described;
  }, PICTURES);
}

/** Scrolls down a screen at a time (lazy pictures load near the viewport), waits for every picture. */
async function loadEverything(page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()?.height || 800;
  for (let y = 0; y <= height; y += step) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    await page.waitForTimeout(50);
  }
  await page.waitForFunction(
    (selector) => [...document.querySelectorAll(selector)].every((img) => img.complete),
    PICTURES,
    { timeout: 10_000 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState('networkidle');
}

/** Fails with MARKUP_MISSING when no picture of the page is in a <picture> with a WebP srcset. */
async function needMarkup(pictures, url) {
  await check(pictures.length > 0, `${url}: no pictures (${PICTURES}) at all`);
  const bare = pictures.filter((p) => !p.inPicture || p.webp.length === 0);
  if (bare.length === pictures.length) {
    throw new CheckFailure(`${url}: ${MARKUP_MISSING}\n  for example: ${bare[0].html}`);
  }
}

describe('pictures: variants, srcset, sizes and no layout shift (issue 24)', () => {
  let out;
  let site;
  let server;
  let browser;

  before(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'loket-pictures-'));
    // A copy: the build writes its cache (.loket-cache) into the site's folder.
    const root = path.join(out, 'site');
    fs.cpSync(FIXTURE, root, { recursive: true });
    const { code, stdout, stderr } = await run(loketBinary(), ['build', '--root', root, '--out', path.join(out, 'public')]);
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

  const record = (url) => {
    const found = site.pages.find((p) => p.url === url);
    if (!found) throw new CheckFailure(`no page ${url} in the build (pages: ${site.pages.map((p) => p.url).join(', ')})`);
    return found;
  };

  it('the story page, the overview and the figure page show their pictures, and every request succeeds', async () => {
    const context = await newSiteContext(browser);
    const problems = [];
    try {
      for (const url of Object.values(PAGES)) {
        const { page, problems: loading } = await openPage(context, server.url, record(url));
        try {
          await loadEverything(page);
          problems.push(...loading.map((p) => `${url}: ${p}`));
          const pictures = await describePictures(page);
          const expected = url === PAGES.overview ? 2 : 1;
          if (pictures.length !== expected) problems.push(`${url}: ${pictures.length} pictures, expected ${expected}`);
          for (const p of pictures) {
            if (!p.naturalWidth) problems.push(`${url}: a picture did not load: ${p.html}`);
          }
        } finally {
          await page.close();
        }
      }
    } finally {
      await context.close();
    }
    noProblems(problems, `${problems.length} problem(s) showing the pictures:`);
  });

  it('[issue 24 markup] every picture is a <picture> of WebP variants, lazy only on cards and figures', async () => {
    const context = await newSiteContext(browser);
    const problems = [];
    try {
      for (const url of Object.values(PAGES)) {
        const { page } = await openPage(context, server.url, record(url));
        try {
          await loadEverything(page);
          const pictures = await describePictures(page);
          await needMarkup(pictures, url);
          for (const p of pictures) {
            const where = `${url}: ${p.html}`;
            if (!p.inPicture) problems.push(`${where}: not inside <picture>`);
            if (p.webp.length < 2) problems.push(`${where}: fewer than two WebP variants in <source type="image/webp">`);
            if (!p.sizes) problems.push(`${where}: no sizes`);
            if (p.own.length === 0) problems.push(`${where}: the img itself has no srcset (browsers without WebP)`);
            for (const candidate of [...p.webp, ...p.own]) {
              const named = new URL(candidate.url).pathname.match(VARIANT);
              if (!named) problems.push(`${where}: ${candidate.url} is not named <stem>-<width>w.<16 hex>.<ext>`);
              else if (Number(named[1]) !== candidate.width) {
                problems.push(`${where}: ${candidate.url} is described as ${candidate.width}w`);
              }
            }
            if (p.webp.some((c) => !c.url.endsWith('.webp'))) problems.push(`${where}: a non-WebP file in the WebP source`);
            const lazy = p.loading === 'lazy';
            const shouldBeLazy = p.className.includes('card-image') || p.inFigure;
            if (lazy !== shouldBeLazy) {
              problems.push(`${where}: loading="${p.loading}", expected ${shouldBeLazy ? 'lazy' : 'not lazy (it is at the top)'}`);
            }
          }
        } finally {
          await page.close();
        }
      }
    } finally {
      await context.close();
    }
    noProblems(problems, `${problems.length} picture(s) without the expected markup:`);
  });

  for (const viewport of VIEWPORTS) {
    it(`[issue 24 markup] at ${viewport.name}: each picture loads the smallest WebP variant wide enough`, async () => {
      const { name, width, height, ...options } = viewport;
      const problems = [];
      const lines = [];
      for (const url of Object.values(PAGES)) {
        // A fresh context per page: no variant in the memory cache from an earlier page.
        const context = await newSiteContext(browser, { width, height, ...options });
        try {
          const { page } = await openPage(context, server.url, record(url));
          await loadEverything(page);
          const pictures = await describePictures(page);
          await needMarkup(pictures, url);
          for (const p of pictures) {
            const where = `${url}: ${p.html}`;
            if (p.webp.length === 0) {
              problems.push(`${where}: no WebP srcset`);
              continue;
            }
            const needed = p.rendered * options.deviceScaleFactor;
            const candidates = [...p.webp].sort((a, b) => a.width - b.width);
            const expected = candidates.find((c) => c.width >= needed) || candidates[candidates.length - 1];
            const chosen = candidates.find((c) => c.url === p.currentSrc);
            lines.push(
              `${url} ${p.className || 'figure'}: shown ${p.rendered.toFixed(0)} px x ${options.deviceScaleFactor} = ` +
                `${needed.toFixed(0)} px, loaded ${chosen ? chosen.width + 'w' : p.currentSrc}, expected ${expected.width}w`,
            );
            if (!chosen) {
              problems.push(`${where}: loaded ${p.currentSrc}, which is not a WebP variant of its srcset`);
              continue;
            }
            // Chrome reuses a wider variant that another picture of the page loaded already.
            const reused = chosen.width > expected.width && pictures.some((o) => o !== p && o.currentSrc === chosen.url);
            if (chosen.url !== expected.url && !reused) {
              problems.push(
                `${where}: shown ${p.rendered.toFixed(0)} px wide at ratio ${options.deviceScaleFactor} needs ` +
                  `${needed.toFixed(0)} px: expected ${expected.width}w, loaded ${chosen.width}w (sizes="${p.sizes}")`,
              );
            }
            if (p.fileWidth !== chosen.width) {
              problems.push(`${where}: ${chosen.url} is ${p.fileWidth} px wide, its srcset says ${chosen.width}w`);
            }
          }
        } finally {
          await context.close();
        }
      }
      for (const line of lines) console.log(`# ${name}: ${line}`);
      noProblems(problems, `${problems.length} picture(s) loading the wrong variant at ${name}:`);
    });

    it(`[issue 24 markup] at ${viewport.name}: no layout shift while the pages and their pictures load`, async () => {
      const { name, width, height, ...options } = viewport;
      const problems = [];
      for (const url of Object.values(PAGES)) {
        const context = await newSiteContext(browser, { width, height, ...options });
        // Pictures arrive well after the first paint, as on a slow line: a picture without
        // its size would move the text below it then.
        await context.route(/\.(jpe?g|png|gif|webp|avif)$/i, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, SLOW_PICTURE_MS));
          await route.fallback();
        });
        try {
          const { page } = await openPage(context, server.url, record(url));
          await loadEverything(page);
          const shifts = await page.evaluate(
            () =>
              new Promise((resolve) => {
                const entries = [];
                const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
                observer.observe({ type: 'layout-shift', buffered: true });
                setTimeout(() => {
                  entries.push(...observer.takeRecords());
                  observer.disconnect();
                  resolve(
                    entries
                      .filter((e) => !e.hadRecentInput)
                      .map((e) => ({
                        value: e.value,
                        sources: (e.sources || []).map((s) => s.node?.outerHTML?.slice(0, 120) || s.node?.nodeName || '?'),
                      })),
                  );
                }, 300);
              }),
          );
          const total = shifts.reduce((s, e) => s + e.value, 0);
          if (total > 0) {
            const sources = [...new Set(shifts.flatMap((s) => s.sources))].slice(0, 4).join(' | ');
            problems.push(`${url}: layout shift ${total.toFixed(4)} in ${shifts.length} shift(s), moved: ${sources}`);
          }
        } finally {
          await context.close();
        }
      }
      noProblems(problems, `${problems.length} page(s) that shift at ${name}:`);
    });
  }

  it('[issue 24 markup] every picture has width and height in the ratio of the picture it shows', async () => {
    const context = await newSiteContext(browser);
    const problems = [];
    try {
      for (const url of Object.values(PAGES)) {
        const { page } = await openPage(context, server.url, record(url));
        try {
          await loadEverything(page);
          for (const p of await describePictures(page)) {
            const where = `${url}: ${p.html}`;
            const w = Number(p.widthAttr);
            const h = Number(p.heightAttr);
            if (!(w > 0 && h > 0)) {
              problems.push(`${where}: no width and height attributes (the page shifts while it loads)`);
              continue;
            }
            const ratio = w / h;
            const natural = p.naturalWidth / p.naturalHeight;
            if (Math.abs(ratio / natural - 1) > 0.01) {
              problems.push(`${where}: width/height ${w}x${h} (${ratio.toFixed(3)}), the picture ${p.naturalWidth}x${p.naturalHeight} (${natural.toFixed(3)})`);
            }
          }
        } finally {
          await page.close();
        }
      }
    } finally {
      await context.close();
    }
    noProblems(problems, `${problems.length} picture(s) without a matching width and height:`);
  });

  it('axe: WCAG 2.2 A/AA on the picture pages, at 390 and 1280 px', async () => {
    const problems = [];
    for (const { name, width, height, ...options } of VIEWPORTS) {
      const context = await newSiteContext(browser, { width, height, ...options });
      try {
        for (const url of Object.values(PAGES)) {
          const { page, problems: loading } = await openPage(context, server.url, record(url));
          try {
            await loadEverything(page);
            problems.push(...loading.map((p) => `${name} ${url}: ${p}`));
            const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
            for (const v of results.violations) {
              problems.push(`${name} ${url}: ${v.id} [${v.impact}] ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
            }
          } finally {
            await page.close();
          }
        }
      } finally {
        await context.close();
      }
    }
    noProblems(problems, `${problems.length} axe violation(s) or loading problem(s):`);
  });

  it('Nu Html Checker: no errors on any page of the site', async () => {
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
    console.log(`# vnu: ${files.length} files, ${errors.length} errors`);
    noProblems(
      errors.map((m) => `${where(m)}:${m.lastLine ?? '?'}: ${m.message}`),
      `${errors.length} Nu Html Checker error(s):`,
    );
  });
});
