//! Producing the files of the route table: each route rendered (pages, aliases, generated
//! files) or copied (assets, static files) by its one producer, and written to a `Sink`.

use crate::diagnostics::{Diagnostic, Position};
use crate::load::page::PageId;
use crate::render::markdown::Rendered;
use crate::render::templates::{self, PageInput};
use crate::render::{feeds, redirects, sitemap};
use crate::rules::Rule;
use crate::site::routes::{Generated, OutputPath, Producer, Route};
use crate::site::{Receipt, Site};
use crate::text;
use rayon::prelude::*;
use std::io;
use std::path::Path;

/// Where rendered files go: the staging folder of `build`, or the folder `serve` serves
/// (both in `publish::output`).
pub trait Sink: Sync {
    /// Writes `contents` at `relative`, a `/`-separated output path.
    fn write(&self, relative: &str, contents: &[u8]) -> io::Result<()>;
    /// Copies the file `source` to `relative`.
    fn copy(&self, relative: &str, source: &Path) -> io::Result<()>;
}

/// Where a one-off build or check puts each page's own file, rendered as soon as the page's
/// body is made (see `Site::load_streaming`): written to `out`, or with `None` (`check`)
/// rendered for its findings only.
#[derive(Clone, Copy)]
pub struct PageFiles<'a> {
    pub out: Option<&'a dyn Sink>,
}

/// What a route's producer gives.
enum Output {
    Bytes(Vec<u8>),
    /// A file to copy as it is.
    Copy(std::path::PathBuf),
    /// Written by another step (the search index) or by the output folder itself.
    Elsewhere,
}

impl Site {
    /// Renders the routes `paths` in parallel and writes them to `out` (with `None`, only
    /// renders, for `check`). Returns the receipt of their findings, for `Site::apply`.
    pub fn render(&self, paths: &[OutputPath], out: Option<&dyn Sink>) -> Receipt {
        let input = self.page_input();
        let bar = self.progress.step(if out.is_some() { "render+write" } else { "render" }, paths.len());
        let rendered = paths
            .par_iter()
            .filter_map(|path| self.derived.routes.get(path).map(|route| (path, route)))
            // `check` writes nothing: a picture's variants (and the widest one that stands in
            // for a large original) are not encoded for it. Its problems were found when it
            // was read.
            .filter(|(_, route)| out.is_some() || !self.is_encoded_picture(route))
            .map(|(path, route)| (path.clone(), deliver(self.produce(route, &input), out, path, route)))
            .inspect(|_| bar.inc(1))
            .collect();
        bar.finish();
        Receipt::rendered(rendered)
    }

    /// Every route whose file is not made yet, in path order: all of them, or after
    /// `load_streaming` all but the pages' own files.
    pub fn routes_to_render(&self) -> Vec<OutputPath> {
        self.derived
            .routes
            .iter()
            .filter(|(_, route)| !(self.pages_rendered && matches!(route.producer, Producer::Page(_))))
            .map(|(path, _)| path.clone())
            .collect()
    }

    /// Per page, the output path of its own file (`None` when another source owns it).
    pub(super) fn page_file_paths(&self) -> Vec<Option<OutputPath>> {
        let mut paths = vec![None; self.model.content.pages.len()];
        for (path, route) in self.derived.routes.iter() {
            if let Producer::Page(id) = route.producer {
                paths[id] = Some(path.clone());
            }
        }
        paths
    }

    /// Renders page `id`'s own file from `body`, before the site holds its bodies, and
    /// writes it to `out` when given. Returns its findings.
    pub(super) fn render_page_file(
        &self,
        id: PageId,
        body: &Rendered,
        path: &OutputPath,
        input: &PageInput<'_>,
        out: Option<&dyn Sink>,
    ) -> Vec<Diagnostic> {
        let Some(route) = self.derived.routes.get(path) else { return Vec::new() };
        deliver(self.produce_page(id, body, input), out, path, route)
    }

    pub(super) fn page_input(&self) -> PageInput<'_> {
        PageInput {
            config: &self.model.config,
            pages: &self.model.content.pages,
            tree: &self.model.tree,
            values: &self.derived.values,
        }
    }

    fn produce(&self, route: &Route, input: &PageInput<'_>) -> Result<Output, Vec<Diagnostic>> {
        let config = &self.model.config;
        let pages = &self.model.content.pages;
        let render = |template: &str, context: &tera::Context, for_file: &Path| {
            self.model.theme.templates.render(template, context, for_file).map(|html| Output::Bytes(html.into_bytes()))
        };
        match &route.producer {
            Producer::Page(id) => {
                // After `load_streaming` the bodies hold no HTML: their files are made already.
                debug_assert!(!self.pages_rendered, "a streamed page rendered again");
                self.produce_page(*id, &self.derived.bodies[*id], input)
            }
            Producer::Alias(index) => {
                let alias = &self.model.aliases[*index];
                let target = &pages[alias.target];
                let mut context = templates::language_context(input, &target.lang);
                context.insert_value("target", self.derived.values.summary_value(alias.target));
                context.insert("canonical", &config.permalink(&target.url));
                render("alias.html", &context, &target.source)
            }
            Producer::Asset(index) => {
                let asset = &self.model.content.assets[*index];
                match self.derived.images.original((*index, asset), self.image_making()) {
                    None => Ok(Output::Copy(asset.source.clone())),
                    Some(made) => made.map(Output::Bytes).map_err(|problem| vec![image_finding(route, &problem)]),
                }
            }
            Producer::ImageVariant(index, variant) => {
                let asset = &self.model.content.assets[*index];
                let made = self.derived.images.variant((*index, asset), *variant, self.image_making());
                made.map(Output::Bytes).map_err(|problem| vec![image_finding(route, &problem)])
            }
            Producer::Captions(index) => self.produce_captions(*index, route),
            Producer::Static(index) => self.produce_static(*index),
            Producer::Generated(generated) => match generated {
                Generated::Chooser | Generated::RootNotFound => {
                    let mut context = templates::language_context(input, &config.default_language);
                    context.insert("not_found", &(*generated == Generated::RootNotFound));
                    render("root.html", &context, &config.file)
                }
                Generated::NotFound(lang) => {
                    render("404.html", &templates::language_context(input, lang), &config.file)
                }
                Generated::Sitemap => {
                    Ok(Output::Bytes(sitemap::sitemap_xml(config, pages, &self.model.tree).into_bytes()))
                }
                Generated::Robots => Ok(Output::Bytes(sitemap::robots_txt(config).into_bytes())),
                Generated::Feed(section) => {
                    Ok(Output::Bytes(feeds::atom_feed(config, pages, &self.model.tree, *section).into_bytes()))
                }
                Generated::NetlifyRedirects => Ok(Output::Bytes(redirects::netlify(&self.redirects()).into_bytes())),
                Generated::NginxRedirects => Ok(Output::Bytes(redirects::nginx(&self.redirects()).into_bytes())),
                Generated::SearchIndex | Generated::Marker => Ok(Output::Elsewhere),
            },
        }
    }

    fn produce_page(&self, id: PageId, body: &Rendered, input: &PageInput<'_>) -> Result<Output, Vec<Diagnostic>> {
        let page = &self.model.content.pages[id];
        let context = templates::page_context(input, id, body);
        let html = self.model.theme.templates.render(page.template(), &context, &page.source)?;
        Ok(Output::Bytes(html.into_bytes()))
    }

    /// The WebVTT file made from a SubRip asset; a mistake in it is a finding at its line.
    fn produce_captions(&self, index: usize, route: &Route) -> Result<Output, Vec<Diagnostic>> {
        let asset = &self.model.content.assets[index];
        let finding = |line: usize, message, hint| {
            vec![Diagnostic::error(Rule::Captions, &route.source, Position::new(line, 1), message).with_hint(hint)]
        };
        // A file that cannot be read is reported by copying the `.srt` itself, once.
        let bytes = crate::sitefs::read(&self.options.root, &asset.source).map_err(|_| Vec::new())?;
        let Ok(srt) = std::str::from_utf8(&bytes) else {
            return Err(finding(1, text!("captions-srt-encoding"), text!("captions-srt-encoding-hint")));
        };
        match crate::render::captions::srt_to_vtt(srt) {
            Ok(vtt) => Ok(Output::Bytes(vtt.into_bytes())),
            Err(problem) => Err(finding(problem.line, problem.message, problem.hint)),
        }
    }

    /// Whether producing `route` encodes a picture (a variant, or a picture's own file).
    fn is_encoded_picture(&self, route: &Route) -> bool {
        match route.producer {
            Producer::ImageVariant(..) => true,
            Producer::Asset(index) => self.derived.images.by_asset.get(index).is_some_and(Option::is_some),
            _ => false,
        }
    }

    fn image_making(&self) -> crate::site::images::Making<'_> {
        crate::site::images::Making {
            root: &self.options.root,
            cache: &self.image_cache,
            settings: &self.model.config.images,
        }
    }

    /// A static file as it is; a picture without its hidden data (EXIF, XMP, comments).
    fn produce_static(&self, index: usize) -> Result<Output, Vec<Diagnostic>> {
        let file = &self.model.theme.static_files[index];
        let Some(format) = crate::images::Format::from_name(&file.name) else {
            return Ok(Output::Bytes(file.contents.to_vec()));
        };
        let settings = &self.model.config.images;
        // A picture loket cannot use was reported when the site was read (`check_static`).
        crate::images::inspect(&file.contents, format, settings)
            .and_then(|info| crate::images::clean::clean(&file.contents, &info))
            .map(Output::Bytes)
            .map_err(|_| Vec::new())
    }

    fn redirects(&self) -> Vec<redirects::Redirect<'_>> {
        self.model
            .aliases
            .iter()
            .map(|a| redirects::Redirect { from: &a.path, to: &self.model.content.pages[a.target].url })
            .collect()
    }
}

/// The error of a picture that could not be made, at its file.
fn image_finding(route: &Route, problem: &crate::images::ImageProblem) -> Diagnostic {
    crate::site::images::problem_finding(route.source.clone(), problem)
}

/// The findings of one route's file: those of producing it, or of writing it to `out`.
fn deliver(
    produced: Result<Output, Vec<Diagnostic>>,
    out: Option<&dyn Sink>,
    path: &OutputPath,
    route: &Route,
) -> Vec<Diagnostic> {
    match produced {
        Ok(output) => out.and_then(|out| write(out, path, route, output)).into_iter().collect(),
        Err(found) => found,
    }
}

fn write(out: &dyn Sink, path: &OutputPath, route: &Route, output: Output) -> Option<Diagnostic> {
    let result = match output {
        Output::Bytes(bytes) => out.write(path.as_str(), &bytes),
        Output::Copy(source) => out.copy(path.as_str(), &source),
        Output::Elsewhere => Ok(()),
    };
    result.err().map(|err| {
        Diagnostic::error(
            Rule::Output,
            &route.source,
            Position::START,
            text!("publish-write-failed", path = path.as_str(), detail = err.to_string()),
        )
    })
}
