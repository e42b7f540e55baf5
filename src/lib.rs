//! loket: a static site generator for bilingual public-information websites.
//!
//! The pipeline, one folder a stage:
//! - `load`: `site.yaml`, the content files into `Page`s (front matter, slugs), the page tree,
//!   the theme's files (built-in and the site's own) and the Fluent UI strings;
//! - `markdown`: each page's Markdown parsed once into events, its shortcode calls and its
//!   links resolved, heading ids and the raw-HTML allowlist: what `checks` and `render` share;
//! - `render`: parsed bodies to HTML, Tera templates, and the generated files (feeds,
//!   sitemap, redirects);
//! - `site`: the loaded `Site` (its model, what is derived from it, its findings and its
//!   publish ledger), its route table (every output path and its one producer), links and
//!   summaries, and `Site::apply`, the one place that changes it (plans out, receipts in);
//! - `checks`: the editor checks and the levels of their rules, the only place editor rules
//!   are reported from (they read the parsed body before `render` does);
//! - `publish`: the build, the staged output folder, and the search index;
//! - `serve`: watching and the preview server;
//! - `status`: the numbers of `loket status` (translations, review, plain language, findings)
//!   and their printed forms (terminal, JSON, and HTML from the theme's template);
//! - `cli`: the command line, the printed findings, `loket new` and `loket init`.
//!
//! Beside them, `diagnostics` (findings), `rules` (the `Rule` enum: every rule loket reports,
//! with its name and level), `lang` (a language code of the site, shared rather than copied),
//! `sitefs` (opening a site's files: only regular files and folders inside the site folder),
//! `progress` (the progress bars of a long run) and `escape` (the one HTML escaper, for
//! markup written by hand) serve every stage.

pub mod checks;
pub mod cli;
pub mod diagnostics;
pub mod escape;
pub mod images;
pub mod lang;
pub mod load;
pub mod markdown;
pub mod messages;
pub mod progress;
pub mod publish;
pub mod render;
pub mod rules;
pub mod serve;
pub mod site;
pub mod sitefs;
pub mod status;
