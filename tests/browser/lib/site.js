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
 * Loads the site: { dir, languages, pages } where every page is
 * { rel, file, url, lang, kind: 'chooser'|'404'|'redirect'|'page', redirectTo, depth, body }.
 * `lang` is the language folder the page lives in (null at the root).
 */
export function loadSite(dir = siteDir()) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new Error(
      `site folder ${dir} does not exist. Build the site first (cd ../.. && cargo run --release -- build) ` +
        `or point SITE_DIR at a built site.`,
    );
  }
  const languages = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && LANG_DIR.test(e.name) && fs.existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
  const pages = walk(dir).map((rel) => {
    const file = path.join(dir, rel);
    const html = fs.readFileSync(file, 'utf8');
    const segments = rel.split('/');
    const lang = segments.length > 1 && languages.includes(segments[0]) ? segments[0] : null;
    const url = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
    const redirectTo = refreshTarget(html);
    let kind = 'page';
    if (redirectTo !== null) kind = 'redirect';
    else if (/(^|\/)404\.html$/.test(rel)) kind = '404';
    else if (rel === 'index.html') kind = 'chooser';
    return { rel, file, url, lang, kind, redirectTo, depth: segments.length - 1, body: bodyTag(html) };
  });
  return { dir, languages, pages };
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
  const home = byUrl.get(`/${lang}/`) || null;
  if (!home) notes.push(`no home page /${lang}/`);

  const sections = pages
    .filter((p) => p !== home && isSection(site, p))
    .sort((a, b) => a.depth - b.depth || (a.url < b.url ? -1 : 1));
  let section = byUrl.get(`/${lang}/asiel/`) || null;
  if (!section) {
    section = sections[0] || null;
    notes.push(`/${lang}/asiel/ missing; section page: ${section ? section.url : 'none found'}`);
  }

  const leaves = pages.filter((p) => p !== home && !isSection(site, p));
  let story = pages.find((p) => p.url.startsWith(`/${lang}/verhalen/`) && p.url !== `/${lang}/verhalen/` && !isSection(site, p))
    || pages.find((p) => p.url.startsWith(`/${lang}/verhalen/`) && p.url !== `/${lang}/verhalen/`)
    || null;
  if (!story) {
    story = pages.find((p) => bodyHas(p, 'story')) || null;
    notes.push(`no page under /${lang}/verhalen/; story page (body class/template "story"): ${story ? story.url : 'none found'}`);
  }

  let procedure = byUrl.get(`/${lang}/asiel/procedure/aanmelding/`) || null;
  if (!procedure) {
    const deepestFirst = [...leaves].sort((a, b) => b.depth - a.depth || (a.url < b.url ? -1 : 1));
    procedure =
      deepestFirst.find((p) => p.url.includes('/procedure/')) ||
      deepestFirst.find((p) => bodyHas(p, 'procedure')) ||
      deepestFirst[0] ||
      null;
    notes.push(`/${lang}/asiel/procedure/aanmelding/ missing; procedure page: ${procedure ? procedure.url : 'none found'}`);
  }

  // a deep page for the keyboard test: the procedure page, else the deepest page
  const deep = procedure || [...pages].sort((a, b) => b.depth - a.depth)[0] || null;
  // a topic's page (site.yaml topics): its body class is template-topic
  const topic = pages.find((p) => bodyHas(p, 'template-topic')) || null;
  if (!topic) notes.push('no topic page (body class template-topic)');
  return { home, section, story, procedure, deep, topic, notes };
}
