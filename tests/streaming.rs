//! A one-off build or check renders each page's own file as soon as its body is made and
//! keeps none of the pages' HTML; the files are the same as a site that holds everything
//! (`serve`) renders.

mod common;

use common::fixture;
use loket::progress::Progress;
use loket::publish::output::Sink;
use loket::site::producers::PageFiles;
use loket::site::routes::Producer;
use loket::site::{Site, SiteOptions};
use std::collections::BTreeMap;
use std::io;
use std::path::Path;
use std::sync::Mutex;

/// Keeps what is written, by output path.
#[derive(Default)]
struct Recorder(Mutex<BTreeMap<String, Vec<u8>>>);

impl Recorder {
    fn files(&self) -> BTreeMap<String, Vec<u8>> {
        self.0.lock().unwrap().clone()
    }
}

impl Sink for Recorder {
    fn write(&self, relative: &str, contents: &[u8]) -> io::Result<()> {
        self.0.lock().unwrap().insert(relative.to_string(), contents.to_vec());
        Ok(())
    }

    fn copy(&self, relative: &str, source: &Path) -> io::Result<()> {
        self.write(relative, &std::fs::read(source)?)
    }
}

fn one_off(root: &Path) -> SiteOptions {
    SiteOptions { keep_sources: false, ..SiteOptions::new(root) }
}

#[test]
fn pages_are_written_while_their_bodies_are_made_and_their_html_is_not_kept() {
    let root = fixture("valid/basic");
    let streamed = Recorder::default();
    let site = Site::load_streaming(&one_off(&root), &Progress::hidden(), PageFiles { out: Some(&streamed) })
        .unwrap_or_else(|p| panic!("{}", common::render(&p)));
    let page_routes: Vec<String> = site
        .routes()
        .iter()
        .filter(|(_, route)| matches!(route.producer, Producer::Page(_)))
        .map(|(path, _)| path.as_str().to_string())
        .collect();
    assert!(page_routes.len() >= site.pages().len() - 1, "nearly every page owns its file");
    let written: Vec<String> = streamed.files().into_keys().collect();
    assert_eq!(written, page_routes, "every page's file, and nothing else, is written during loading");
    assert!(site.bodies().iter().all(|body| body.html.is_empty()), "no page's HTML is held");
    assert!(site.pages().iter().all(|page| page.text.len() == page.body_offset), "no Markdown is held");

    let rest = site.routes_to_render();
    assert!(rest.iter().all(|path| !page_routes.contains(&path.as_str().to_string())));
    assert_eq!(rest.len() + page_routes.len(), site.routes().len(), "the rest is rendered afterwards");

    // The same files as a site that keeps every body renders them.
    let whole = Site::load(&SiteOptions::new(&root)).unwrap_or_else(|p| panic!("{}", common::render(&p)));
    let rendered = Recorder::default();
    // Nothing is rendered during a plain load: its routes to render are all of them.
    whole.render(&whole.routes_to_render(), Some(&rendered));
    let rendered = rendered.files();
    for (path, bytes) in streamed.files() {
        assert!(rendered.get(&path) == Some(&bytes), "{path} differs from the file of a site that keeps its bodies");
    }
}

#[test]
fn a_check_renders_every_page_for_its_findings_without_writing() {
    // A template that fails on one page's data must fail `check` as it fails `build`.
    let site = common::copy_fixture("valid/basic");
    let templates = site.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(templates.join("story.html"), "<p>{{ page.extra.missing.deeper }}</p>").unwrap();
    let page = site.path().join("content/nl/verhaal.md");
    std::fs::write(&page, "---\ntitle: Verhaal\ndescription: Een verhaal.\ntemplate: story.html\n---\n\nTekst.\n")
        .unwrap();
    let loaded = Site::load_streaming(&one_off(site.path()), &Progress::hidden(), PageFiles { out: None })
        .unwrap_or_else(|p| panic!("{}", common::render(&p)));
    let found = loaded.findings().all();
    assert!(
        found.iter().any(|d| d.rule == loket::rules::Rule::Template && d.file.ends_with("story.html")),
        "{}",
        common::render(&found)
    );
}
