// loket's search page: Pagefind's JavaScript API under loket's own accessible interface.
// Every visible string comes from the page (data attributes rendered from Fluent); no
// inline script, so the page works under a strict Content-Security-Policy (Pagefind needs
// 'wasm-unsafe-eval' in script-src for its WebAssembly).
const form = document.querySelector("form[data-search]");
const input = document.getElementById("search-page-input");
const status = document.getElementById("search-page-status");
const results = document.getElementById("search-page-results");
const fallback = document.getElementById("search-page-fallback");
const MAX_RESULTS = 20;
const TYPING_DELAY_MS = 250;

let pagefind = null;
let latest = 0;
let timer = null;

const text = (name, values = {}) =>
  Object.entries(values).reduce((s, [key, value]) => s.replaceAll(`{${key}}`, value), form.dataset[name] || "");

// A string with the reader's query as nodes: the query isolated in <bdi>, so that a query in
// another direction than the page's (Dutch words on an Arabic page) does not reorder the
// sentence around it. Text nodes only: the query is never read as HTML.
function withQuery(name, values) {
  const { query, ...rest } = values;
  const nodes = [];
  text(name, rest)
    .split("{query}")
    .forEach((part, i) => {
      if (i > 0) {
        const bdi = document.createElement("bdi");
        bdi.textContent = query;
        nodes.push(bdi);
      }
      nodes.push(document.createTextNode(part));
    });
  return nodes;
}

// Pagefind's excerpts mark hits with <mark>; rebuild them as nodes rather than trusting HTML.
function excerptNodes(excerpt) {
  const fragment = document.createDocumentFragment();
  excerpt.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const hit = part.match(/^<mark>(.*)<\/mark>$/);
    const node = hit ? document.createElement("mark") : document.createTextNode(decode(part));
    if (hit) node.textContent = decode(hit[1]);
    fragment.append(node);
  });
  return fragment;
}

function decode(html) {
  const area = document.createElement("textarea");
  area.innerHTML = html;
  return area.value;
}

async function run(query) {
  const ticket = ++latest;
  results.replaceChildren();
  if (!query) {
    status.textContent = "";
    return;
  }
  status.textContent = text("searching");
  try {
    const search = await pagefind.search(query);
    const items = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return; // a newer query has started
    const count = search.results.length;
    status.replaceChildren(
      ...(count === 0 ? withQuery("none", { query }) : withQuery(count === 1 ? "countOne" : "countOther", { count, query })),
    );
    for (const item of items) {
      const li = document.createElement("li");
      // A page whose text is in another language than its tree (text_language).
      if (item.meta.text_language) {
        li.lang = item.meta.text_language;
        li.dir = item.meta.text_dir || "auto";
      }
      const link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.meta.title || item.url;
      const excerpt = document.createElement("p");
      excerpt.append(excerptNodes(item.excerpt || ""));
      li.append(link, excerpt);
      results.append(li);
    }
  } catch (error) {
    status.textContent = text("failed");
  }
}

function show(query, push) {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  if (push) window.history.replaceState(null, "", url);
  run(query);
}

async function start() {
  try {
    pagefind = await import(form.dataset.bundle + "pagefind.js");
    await pagefind.options({ excerptLength: 24 });
    pagefind.init();
  } catch (error) {
    status.textContent = text("failed");
    return; // the plain list of pages stays
  }
  fallback.hidden = true;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    show(input.value.trim(), true);
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => show(input.value.trim(), true), TYPING_DELAY_MS);
  });
  const query = new URL(window.location.href).searchParams.get("q") || "";
  if (query) {
    input.value = query;
    show(query, false);
  }
}

if (form && input && status && results && fallback) start();
