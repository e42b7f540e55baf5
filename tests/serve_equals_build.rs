//! The invariant of `loket serve`: after every edit, the files the preview serves equal a
//! fresh `loket build` of the same folder, byte for byte. Each step edits a copy of the
//! fixture site, hands the preview the changes the watcher would report, and compares.

mod common;

use loket::publish::build::{build, BuildOptions};
use loket::publish::output::LiveOutput;
use loket::serve::{Outcome, Preview};
use loket::site::{Change, SiteOptions};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Every file below `dir` (but loket's output marker and the search index), by path.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let relative = entry.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
        if relative == ".loket-output" || relative.starts_with("pagefind/") {
            continue;
        }
        files.insert(relative, fs::read(entry.path()).unwrap());
    }
    files
}

/// A fresh build without the search index (`serve` builds none); `None` when it fails.
fn fresh_build(root: &Path) -> Option<BTreeMap<String, Vec<u8>>> {
    let out = tempfile::tempdir().unwrap();
    let mut options = BuildOptions::new(root);
    options.out = Some(out.path().join("public"));
    options.search = false;
    build(&options).ok().map(|_| snapshot(&out.path().join("public")))
}

fn assert_same(served: &BTreeMap<String, Vec<u8>>, built: &BTreeMap<String, Vec<u8>>, step: &str) {
    let served_names: Vec<&String> = served.keys().collect();
    let built_names: Vec<&String> = built.keys().collect();
    if served_names != built_names {
        let only_served: Vec<_> = served.keys().filter(|k| !built.contains_key(*k)).collect();
        let only_built: Vec<_> = built.keys().filter(|k| !served.contains_key(*k)).collect();
        panic!("after `{step}`: served but not built {only_served:?}; built but not served {only_built:?}");
    }
    for (name, bytes) in served {
        if bytes != &built[name] {
            panic!(
                "after `{step}`: {name} differs\n-- served:\n{}\n-- built:\n{}",
                String::from_utf8_lossy(bytes),
                String::from_utf8_lossy(&built[name])
            );
        }
    }
}

/// A copy of the fixture site with a preview of it.
struct Session {
    site: tempfile::TempDir,
    served: tempfile::TempDir,
    preview: Preview,
    /// What the preview served after the last good step.
    last_good: BTreeMap<String, Vec<u8>>,
}

impl Session {
    fn start() -> Session {
        let site = common::copy_fixture("valid/basic");
        let served = tempfile::tempdir().unwrap();
        let options = SiteOptions::new(site.path().to_path_buf());
        let mut preview = Preview::new(options, LiveOutput::new(served.path()));
        let first = preview.apply(&[Change::Settings]);
        assert!(matches!(first, Outcome::Built { .. }), "{first:?}");
        let mut session = Session { site, served, preview, last_good: BTreeMap::new() };
        session.check("first build", true);
        session
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.site.path().join(relative)
    }

    fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative)).unwrap()
    }

    fn write(&self, relative: &str, text: &str) -> Change {
        let path = self.path(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        self.change(relative)
    }

    /// Replaces the first `from` in a file.
    fn edit(&self, relative: &str, from: &str, to: &str) -> Change {
        let text = self.read(relative);
        assert!(text.contains(from), "`{from}` is not in {relative}");
        self.write(relative, &text.replacen(from, to, 1))
    }

    fn change(&self, relative: &str) -> Change {
        match relative.split('/').next() {
            Some("content") => Change::Content(self.path(relative)),
            Some("site.yaml") | Some("data") => Change::Settings,
            _ => Change::Theme,
        }
    }

    /// Applies `changes` and compares what is served with a fresh build; `ok` says whether
    /// the site is expected to build.
    fn step(&mut self, name: &str, changes: Vec<Change>, ok: bool) {
        let outcome = self.preview.apply(&changes);
        assert_eq!(matches!(outcome, Outcome::Built { .. }), ok, "after `{name}`: {outcome:?}");
        self.check(name, ok);
    }

    fn check(&mut self, name: &str, ok: bool) {
        let served = snapshot(self.served.path());
        match fresh_build(self.site.path()) {
            Some(built) => {
                assert!(ok, "after `{name}`: the fresh build succeeded but the preview failed");
                assert_same(&served, &built, name);
                self.last_good = served;
            }
            None => {
                assert!(!ok, "after `{name}`: the fresh build failed but the preview succeeded");
                assert_same(&served, &self.last_good, &format!("{name} (the last good files stay)"));
            }
        }
    }
}

/// A file of the built-in theme, as text.
fn builtin(folder: &str, name: &str) -> String {
    String::from_utf8(loket::load::theme::builtin(folder, name).unwrap().into_owned()).unwrap()
}

const STEP_ONE: &str = "content/nl/diensten/procedure/stap-een.md";

#[test]
fn every_edit_serves_what_a_fresh_build_writes() {
    let mut s = Session::start();
    let c = s.edit(STEP_ONE, "\n---\n", "\n---\nEen nieuwe zin in de tekst.\n");
    s.step("body edit", vec![c], true);
    let title = s.read(STEP_ONE).lines().find(|l| l.starts_with("title:")).unwrap().to_string();
    let c = s.edit(STEP_ONE, &title, "title: \"Een nieuwe titel\"");
    s.step("title", vec![c], true);
    let c = s.edit("content/nl/diensten/_index.md", "weight: 1", "weight: 7");
    s.step("weight", vec![c], true);
    let c = s.edit("content/nl/diensten/_index.md", "description: Alles wat wij doen.", "description: Iets anders.");
    s.step("description", vec![c], true);
    // A section that had no dated pages gets a feed, and its pages the feed link.
    let c = s.edit("content/nl/contact.md", "search: false", "search: false\ndate: 2026-11-30");
    s.step("date added where no page had one", vec![c], true);
    // The search page moves: every page's search_url follows.
    let c = s.edit("content/nl/contact.md", "search: false", "search: false\ntemplate: search.html");
    s.step("template changed to search.html", vec![c], true);
    let c = s.edit("content/nl/contact.md", "\ntemplate: search.html", "\ntemplate: sitemap.html");
    s.step("template changed to sitemap.html", vec![c], true);
    let c = s.edit(
        "content/nl/contact.md",
        "translation_key: contact",
        "translation_key: contact\naliases: [/nl/bel-ons/]",
    );
    s.step("aliases", vec![c], true);
    let only_nl = "content/nl/nieuws/alleen-nederlands.md";
    let c = s.edit(only_nl, "date: 2026-11-29", "date: 2026-11-29\ntranslation_key: alleen-nl");
    s.step("translation_key", vec![c], true);
    let c = s.edit(only_nl, "date: 2026-11-29", "date: 2026-11-29\ndraft: true");
    s.step("draft", vec![c], true);
    let c = s.edit(only_nl, "\ndraft: true", "");
    s.step("draft back", vec![c], true);
    let new_page = "content/nl/diensten/nieuw.md";
    let c = s.write(new_page, "---\ntitle: Nieuw\ndescription: Een nieuwe pagina.\nweight: 3\n---\nTekst.\n");
    s.step("page added", vec![c], true);
    fs::rename(s.path(new_page), s.path("content/nl/diensten/hernoemd.md")).unwrap();
    let changes = vec![s.change(new_page), s.change("content/nl/diensten/hernoemd.md")];
    s.step("page renamed", changes, true);
    fs::rename(s.path("content/nl/diensten/hernoemd.md"), s.path("content/nl/nieuws/verhuisd.md")).unwrap();
    let changes = vec![s.change("content/nl/diensten/hernoemd.md"), s.change("content/nl/nieuws/verhuisd.md")];
    s.step("page moved to another folder", changes, true);
    fs::remove_file(s.path("content/nl/nieuws/verhuisd.md")).unwrap();
    let c = s.change("content/nl/nieuws/verhuisd.md");
    s.step("page deleted", vec![c], true);
    let asset = "content/nl/diensten/procedure/kaart.svg";
    let c = s.write(asset, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    s.step("asset added", vec![c], true);
    let c = s.write(asset, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"/>\n");
    s.step("asset changed", vec![c], true);
    fs::remove_file(s.path(asset)).unwrap();
    let c = s.change(asset);
    s.step("asset removed", vec![c], true);
    let c = s.edit("site.yaml", "title: \"Testloket\"", "title: \"Het testloket\"");
    s.step("site.yaml", vec![c], true);
    let c = s.write("static/img/extra.txt", "extra\n");
    s.step("static file added", vec![c], true);
    let locale = builtin("locales", "nl/main.ftl");
    let c = s.write("locales/nl/main.ftl", &locale.replacen("month-1 = januari", "month-1 = Januari", 1));
    s.step("locale overridden", vec![c], true);
    let template = builtin("templates", "base.html");
    let c = s.write("templates/base.html", &template.replacen("</main>", "<p>Eigen sjabloon</p></main>", 1));
    s.step("template overridden", vec![c], true);
    // A shared value used by a template: changing it changes every page that shows it.
    let c = s.write("data/contact.yaml", "phone: \"088 123 45 67\"\nhours: { nl: \"ma-vr\", en: \"Mon-Fri\" }\n");
    s.step("data file added", vec![c], true);
    let template = s.read("templates/base.html");
    let c = s.write(
        "templates/base.html",
        &template.replacen(
            "<p>Eigen sjabloon</p>",
            "<p>Eigen sjabloon, {{ data.contact.phone }} ({{ data.contact.hours }})</p>",
            1,
        ),
    );
    s.step("template uses data", vec![c], true);
    let c = s.edit("data/contact.yaml", "088 123 45 67", "088 765 43 21");
    s.step("data value changed", vec![c], true);
    let c = s.edit("data/contact.yaml", ", en: \"Mon-Fri\"", "");
    s.step("data value missing for a language", vec![c], false);
    let c = s.edit("data/contact.yaml", "\"ma-vr\"", "\"ma-vr\", en: \"Mon-Fri\"");
    s.step("data value fixed", vec![c], true);
    // Kept pages are rendered again when a page or file they link to comes or goes.
    let c = s.edit(
        "content/nl/contact.md",
        "Bel ons.",
        "Bel ons. Zie [later](diensten/later.md) en ![Een kaart](kaart.svg).",
    );
    s.step("links to a page and an image that do not exist yet", vec![c], false);
    let c = s.write("content/nl/diensten/later.md", "---\ntitle: Later\ndescription: Komt later.\n---\n## Kop\n");
    s.step("the linked page added", vec![c], false);
    let c = s.write("content/nl/kaart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    s.step("the image added", vec![c], true);
    let c = s.edit("content/nl/contact.md", "(diensten/later.md)", "(diensten/later.md#kop)");
    s.step("a link to a heading of another page", vec![c], true);
    let c = s.edit("content/nl/diensten/later.md", "## Kop", "## Andere kop");
    s.step("that heading renamed", vec![c], false);
    let c = s.edit("content/nl/diensten/later.md", "## Andere kop", "## Kop");
    s.step("that heading back", vec![c], true);
    fs::remove_file(s.path("content/nl/diensten/later.md")).unwrap();
    let c = s.change("content/nl/diensten/later.md");
    s.step("the linked page deleted", vec![c], false);
    let c = s.edit("content/nl/contact.md", " Zie [later](diensten/later.md#kop) en ![Een kaart](kaart.svg).", "");
    s.step("the links removed", vec![c], true);
    let c = s.edit(STEP_ONE, "title:", "titel:");
    s.step("an edit with an error", vec![c], false);
    let c = s.edit("content/nl/diensten/_index.md", "weight: 7", "weight: 2");
    s.step("another edit while the error stands", vec![c], false);
    let c = s.edit(STEP_ONE, "titel:", "title:");
    s.step("its fix", vec![c], true);
    let c = s.edit(STEP_ONE, "\n---\n", "\n---\n[kapot](bestaat-niet.md)\n");
    s.step("a broken link", vec![c], false);
    let c = s.edit(STEP_ONE, "[kapot](bestaat-niet.md)\n", "");
    s.step("the broken link fixed", vec![c], true);
    // Per-page choices: the page itself (lead, toc) and what lists it (listed: the section's
    // cards and its feed).
    let c = s.edit(STEP_ONE, "\n---\n", "\nlead: false\n---\n## Eerst\n\nTekst.\n\n");
    s.step("lead: false", vec![c], true);
    let c = s.edit(STEP_ONE, "\nlead: false\n", "\ntoc: true\n");
    s.step("toc: true", vec![c], true);
    let news = "content/nl/nieuws/alleen-nederlands.md";
    let c = s.edit(news, "date: 2026-11-29", "date: 2026-11-29\nlisted: false");
    s.step("listed: false", vec![c], true);
    let c = s.edit(news, "\nlisted: false", "");
    s.step("listed again", vec![c], true);
    let c = s.edit("site.yaml", "default_language: nl", "default_language: nl\ntoc_min_headings: 1");
    s.step("toc_min_headings", vec![c], true);
}

/// Topic pages are generated from site.yaml and the pages' `topics`: every edit of either
/// serves what a fresh build writes (the topic pages' lists, the pages' topic links, the
/// overview, translations and the sitemap).
#[test]
fn topic_pages_follow_edits_of_pages_and_terms() {
    let mut s = Session::start();
    let terms = "topics:\n  procedure:\n    nl: { label: Procedure, slug: procedure }\n    en: { label: Procedure }\n  family:\n    nl: { label: Gezin }\n    en: { label: Family }\nalert:";
    let c = s.edit("site.yaml", "alert:", terms);
    s.step("topics declared", vec![c], true);
    let c = s.edit(STEP_ONE, "weight: 1", "weight: 1\ntopics: [procedure]");
    s.step("a topic added to a page", vec![c], true);
    let two = "content/nl/diensten/procedure/stap-twee.md";
    let c = s.edit(two, "weight: 2", "weight: 2\ntopics: [procedure, family]");
    s.step("two topics added to another page", vec![c], true);
    let c = s.edit("content/en/services/procedure/step-one.md", "weight: 1", "weight: 1\ntopics: [family]");
    s.step("a topic added to an English page", vec![c], true);
    let c = s.edit(two, "title: Stap twee", "title: Aaa de tweede stap");
    s.step("a listed page renamed (its place in the list)", vec![c], true);
    let c = s.edit(two, "weight: 2", "weight: 2\ndate: 2026-03-01");
    s.step("a listed page dated", vec![c], true);
    let c = s.edit(STEP_ONE, "\ntopics: [procedure]", "");
    s.step("a topic removed from a page", vec![c], true);
    let c = s.edit(two, "topics: [procedure, family]", "topics: [procedures, family]");
    s.step("an unknown topic", vec![c], false);
    let c = s.edit(two, "topics: [procedures, family]", "topics: [procedure, family]");
    s.step("the unknown topic fixed", vec![c], true);
    let c = s.edit("site.yaml", "nl: { label: Gezin }", "nl: { label: Gezin en familie }");
    s.step("a term label renamed (and so its slug)", vec![c], true);
    let c = s.edit(
        "site.yaml",
        "nl: { label: Procedure, slug: procedure }",
        "nl: { label: De procedure, slug: procedure }",
    );
    s.step("a term label renamed, its slug kept", vec![c], true);
    let c = s.write(
        "content/nl/diensten/nieuw.md",
        "---\ntitle: Nieuw\ndescription: Een nieuwe pagina.\ntopics: [family]\n---\nTekst.\n",
    );
    s.step("a new page with a topic", vec![c], true);
    fs::remove_file(s.path("content/nl/diensten/nieuw.md")).unwrap();
    let c = s.change("content/nl/diensten/nieuw.md");
    s.step("that page deleted", vec![c], true);
    let c = s.edit("site.yaml", "topics:\n", "topic_section: { nl: themas, en: themes }\ntopics:\n");
    s.step("the topics folder renamed", vec![c], true);
}

/// With `root_language`: switching it on and off, and edits that move, add and remove pages
/// of the root language (their addresses at the root and the redirects from their old ones),
/// serve what a fresh build writes.
#[test]
fn edits_of_a_site_with_a_root_language_serve_what_a_fresh_build_writes() {
    let mut s = Session::start();
    let c = s.edit("site.yaml", "default_language: nl\n", "default_language: nl\nroot_language: nl\n");
    s.step("root_language set", vec![c], true);
    assert!(s.served.path().join("nl/diensten/index.html").is_file(), "the old address redirects");
    assert!(!s.served.path().join("nl/404.html").exists());
    let c = s.edit(STEP_ONE, "\n---\n", "\n---\nEen nieuwe zin in de tekst.\n");
    s.step("body edit at the root", vec![c], true);
    let c = s.edit("content/nl/diensten/_index.md", "description: Alles wat wij doen.", "description: Iets anders.");
    s.step("a section's description (its redirect page shows it)", vec![c], true);
    let new_page = "content/nl/diensten/nieuw.md";
    let c = s.write(new_page, "---\ntitle: Nieuw\ndescription: Een nieuwe pagina.\nweight: 3\n---\nTekst.\n");
    s.step("a root-language page added", vec![c], true);
    fs::rename(s.path(new_page), s.path("content/nl/nieuws/verhuisd.md")).unwrap();
    let changes = vec![s.change(new_page), s.change("content/nl/nieuws/verhuisd.md")];
    s.step("that page moved", changes, true);
    let c = s.edit(
        "content/nl/contact.md",
        "translation_key: contact",
        "translation_key: contact\naliases: [/nl/bel-ons/, /bellen/]",
    );
    s.step("aliases at the root", vec![c], true);
    let c = s.write("content/nl/en.md", "---\ntitle: Engels\ndescription: Over Engels.\n---\nTekst.\n");
    s.step("a page at the English home's address", vec![c], false);
    fs::remove_file(s.path("content/nl/en.md")).unwrap();
    let c = s.change("content/nl/en.md");
    s.step("that page removed", vec![c], true);
    let c = s.edit("content/en/contact.md", "\n---\n", "\n---\nA new sentence.\n");
    s.step("an edit of the other language", vec![c], true);
    let c = s.edit("site.yaml", "root_language: nl\n", "root_language: en\n");
    s.step("the other language at the root", vec![c], true);
    let c = s.edit("site.yaml", "root_language: en\n", "");
    s.step("root_language removed", vec![c], true);
    assert!(s.served.path().join("nl/diensten/index.html").is_file());
    assert!(s.served.path().join("nl/404.html").is_file());
}

/// A right-to-left language added to a site with a root language, its pages edited and added:
/// the preview serves what a fresh build writes, with `dir="rtl"` on the Arabic pages.
#[test]
fn a_right_to_left_language_next_to_a_root_language_serves_what_a_fresh_build_writes() {
    let mut s = Session::start();
    let c = s.edit("site.yaml", "default_language: nl\n", "default_language: nl\nroot_language: nl\n");
    s.step("root_language set", vec![c], true);
    let settings = s.edit(
        "site.yaml",
        "  en: { name: English, title: \"Test desk\" }\n",
        "  en: { name: English, title: \"Test desk\" }\n  ar: { title: \"مكتب الاختبار\" }\n",
    );
    s.edit("site.yaml", "  en: \"Outage today\"\n", "  en: \"Outage today\"\n  ar: \"عطل اليوم\"\n");
    let home = s.write("content/ar/_index.md", "---\ntitle: الصفحة الرئيسية\ndescription: مرحبًا بك.\n---\nنص قصير.\n");
    let contact = s.write(
        "content/ar/contact.md",
        "---\ntitle: اتصل بنا\ndescription: كيف تتصل بنا.\ntranslation_key: contact\n---\nاتصل بنا عبر الهاتف.\n",
    );
    s.step("Arabic added", vec![settings, home, contact], true);
    let page = fs::read_to_string(s.served.path().join("ar/contact/index.html")).unwrap();
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{page}");
    let c = s.edit("content/ar/contact.md", "\n---\n", "\n---\nجملة جديدة.\n");
    s.step("an Arabic page edited", vec![c], true);
    let c = s.write("content/ar/news.md", "---\ntitle: الأخبار\ndescription: آخر الأخبار.\n---\nلا توجد أخبار بعد.\n");
    s.step("an Arabic page added", vec![c], true);
    let c = s.edit("site.yaml", "  ar: { title: \"مكتب الاختبار\" }\n", "  ar: { title: \"مكتب الاختبار\", dir: ltr }\n");
    s.step("its direction set in site.yaml", vec![c], true);
    let page = fs::read_to_string(s.served.path().join("ar/contact/index.html")).unwrap();
    assert!(page.contains("<html lang=\"ar\" dir=\"ltr\">"), "{page}");
}

/// A JPEG of `width` × 600 pixels in one `shade`.
fn jpeg(width: u32, shade: u8) -> Vec<u8> {
    use image::ImageEncoder;
    let pixels = image::RgbImage::from_fn(width, 600, |x, y| image::Rgb([shade, (x % 256) as u8, (y % 256) as u8]));
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
        .write_image(pixels.as_raw(), width, 600, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// A photo next to a page, shown as its page image: replaced, linked to (its own file is
/// then whole), no longer linked, and removed. The preview serves what a fresh build writes,
/// variants and all.
#[test]
fn pictures_follow_edits_of_the_photo_and_of_links_to_it() {
    let mut s = Session::start();
    let photo = "content/nl/diensten/procedure/foto.jpg";
    fs::write(s.path(photo), jpeg(2000, 10)).unwrap();
    let c = s.edit(STEP_ONE, "\n---\n", "\nimage: { src: foto.jpg, alt: \"Een kantoor\" }\n---\n");
    s.step("a photo as page image", vec![s.change(photo), c], true);
    assert!(snapshot(s.served.path()).keys().any(|k| k.ends_with(".webp")), "variants are served");
    fs::write(s.path(photo), jpeg(1800, 200)).unwrap();
    let c = s.change(photo);
    s.step("the photo replaced", vec![c], true);
    let c = s.edit(STEP_ONE, "\n---\n", "\n---\n[De foto](foto.jpg)\n\n");
    s.step("a link to the photo", vec![c], true);
    let c = s.edit(STEP_ONE, "[De foto](foto.jpg)\n\n", "");
    s.step("the link removed", vec![c], true);
    fs::remove_file(s.path(photo)).unwrap();
    let c = s.change(photo);
    s.step("the photo removed (its page image is missing)", vec![c], false);
}
