// Finds the built site and every HTML page in it, and picks the pages that the
// keyboard, language and screenshot tests use.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/browser/ */
export const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** SITE_DIR (relative to the current directory), else ../../public relative to tests/browser/. */
export function siteDir() {
  return process.env.SITE_DIR ? path.resolve(process.env.SITE_DIR) : path.resolve(HERE, '../../public');
}

const LANG_DIR = /^[a-z]{2,3}(-[a-z0-9]+)*$/i;
const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>/i;

function walk(dir, base = dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, out);
    else if (entry.isFile() && /\.html?$/i.test(entry.name)) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

function refreshTarget(html) {
  const tag = html.match(META_REFRESH)?.[0];
  if (!tag) return null;
  const content = tag.match(/content\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i);
  const value = content ? content[2] ?? content[3] ?? content[4] : '';
  const url = value.match(/url\s*=\s*['"]?([^'"]*)/i);
  return url ? url[1].trim() : '';
}

function bodyTag(html) {
  return html.match(/<body\b[^>]*>/i)?.[0] || '';
}

/**
 * Loads the site: { dir, languages, rootLang, pages } where every page is
 * { rel, file, url, lang, kind: 'chooser'|'404'|'redirect'|'page', redirectTo, depth, body }.
 * `lang` is the language the page belongs to: its language folder, or for a page outside
 * every language folder the site's root language (site.yaml `root_language`), else null.
 * `rootLang` is that language: the `lang` of the root `index.html` when it is no folder's.
 */
export function loadSite(dir = siteDir()) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new Error(
      `site folder ${dir} does not exist. Build the site first (cd ../.. && cargo run --release -- build) ` +
        `or point SITE_DIR at a built site.`,
    );
  }
  const isHome = (file) => fs.existsSync(file) && refreshTarget(fs.readFileSync(file, 'utf8')) === null;
  // A language folder has a home page; `/nl/index.html` that only redirects to `/` (the
  // old address of the root language) does not make `nl` a folder language.
  const folders = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && LANG_DIR.test(e.name) && isHome(path.join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
  const rootIndex = path.join(dir, 'index.html');
  const rootHtmlLang = isHome(rootIndex) ? fs.readFileSync(rootIndex, 'utf8').match(/<html\b[^>]*\blang="([^"]+)"/i)?.[1] : null;
  const rootLang = rootHtmlLang && !folders.includes(rootHtmlLang) ? rootHtmlLang : null;
  const languages = rootLang ? [rootLang, ...folders] : folders;
  const pages = walk(dir).map((rel) => {
    const file = path.join(dir, rel);
    const html = fs.readFileSync(file, 'utf8');
    const segments = rel.split('/');
    const lang = segments.length > 1 && folders.includes(segments[0]) ? segments[0] : rootLang;
    const url = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
    const redirectTo = refreshTarget(html);
    let kind = 'page';
    if (redirectTo !== null) kind = 'redirect';
    else if (/(^|\/)404\.html$/.test(rel)) kind = '404';
    else if (rel === 'index.html' && !rootLang) kind = 'chooser';
    return { rel, file, url, lang, kind, redirectTo, depth: segments.length - 1, body: bodyTag(html) };
  });
  return { dir, languages, rootLang, pages };
}

/** Where a language's pages start: `/` for the root language, else `/<lang>/`. */
export function prefix(site, lang) {
  return lang === site.rootLang ? '/' : `/${lang}/`;
}

/** Content pages (kind 'page') of one language. */
export function contentPages(site, lang) {
  return site.pages.filter((p) => p.kind === 'page' && p.lang === lang);
}

/** A page whose URL is a strict prefix of other content pages' URLs has child pages: a section. */
export function isSection(site, page) {
  return site.pages.some((q) => q.kind === 'page' && q !== page && q.url.startsWith(page.url) && page.url.endsWith('/'));
}

function bodyHas(page, word) {
  const re = new RegExp(`\\b(class|data-template|data-kind)\\s*=\\s*["'][^"']*\\b${word}\\b`, 'i');
  return re.test(page.body);
}

/**
 * The pages the screenshot, keyboard and language tests use, chosen robustly:
 * the expected path when it exists, else another page of the same kind, with a note.
 * Returns { home, section, story, procedure, deep, topic, notes }; a missing kind is null.
 */
export function pickPages(site, lang = 'nl') {
  const pages = contentPages(site, lang);
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const notes = [];
  const base = prefix(site, lang);
  const home = byUrl.get(base) || null;
  if (!home) notes.push(`no home page ${base}`);

  const sections = pages
    .filter((p) => p !== home && isSection(site, p))
    .sort((a, b) => a.depth - b.depth || (a.url < b.url ? -1 : 1));
  let section = byUrl.get(`${base}asiel/`) || null;
  if (!section) {
    section = sections[0] || null;
    notes.push(`${base}asiel/ missing; section page: ${section ? section.url : 'none found'}`);
  }

  const leaves = pages.filter((p) => p !== home && !isSection(site, p));
  let story = pages.find((p) => p.url.startsWith(`${base}verhalen/`) && p.url !== `${base}verhalen/` && !isSection(site, p))
    || pages.find((p) => p.url.startsWith(`${base}verhalen/`) && p.url !== `${base}verhalen/`)
    || null;
  if (!story) {
    story = pages.find((p) => bodyHas(p, 'story')) || null;
    notes.push(`no page under ${base}verhalen/; story page (body class/template "story"): ${story ? story.url : 'none found'}`);
  }

  let procedure = byUrl.get(`${base}asiel/procedure/aanmelding/`) || null;
  if (!procedure) {
    const deepestFirst = [...leaves].sort((a, b) => b.depth - a.depth || (a.url < b.url ? -1 : 1));
    procedure =
      deepestFirst.find((p) => p.url.includes('/procedure/')) ||
      deepestFirst.find((p) => bodyHas(p, 'procedure')) ||
      deepestFirst[0] ||
      null;
    notes.push(`${base}asiel/procedure/aanmelding/ missing; procedure page: ${procedure ? procedure.url : 'none found'}`);
  }

  // a deep page for the keyboard test: the procedure page, else the deepest page
  const deep = procedure || [...pages].sort((a, b) => b.depth - a.depth)[0] || null;
  // a topic's page (site.yaml topics): its body class is template-topic
  const topic = pages.find((p) => bodyHas(p, 'template-topic')) || null;
  if (!topic) notes.push('no topic page (body class template-topic)');
  return { home, section, story, procedure, deep, topic, notes };
}
