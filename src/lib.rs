//! loket: a static site generator for bilingual public-information websites.
//!
//! The pipeline, one module a step: `config` (site.yaml) → `content` (files to `Page`s, with
//! `frontmatter`) → `tree` (parents, children, translations) → `markdown` (bodies to HTML)
//! → `checks` (the editor checks) → `render` (Tera templates with `i18n` strings) →
//! `output` (staged, swapped in), beside the site-wide files of `sitemap`, `feeds`,
//! `redirects` and `search`. `build` runs the steps; `cli` is the command line and
//! `report` prints its findings. `serve` (with `watch` and `incremental`) keeps a built
//! site in memory and re-renders what an edit changes; `scaffold` is `loket new`.

pub mod build;
pub mod checks;
pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod feeds;
pub mod frontmatter;
pub mod i18n;
pub mod incremental;
pub mod markdown;
pub mod output;
pub mod page;
pub mod redirects;
pub mod render;
pub mod report;
pub mod sanitize;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod sitemap;
pub mod slug;
pub mod theme;
pub mod tree;
pub mod watch;
pub mod yaml;
