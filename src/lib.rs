//! loket: a static site generator for bilingual public-information websites.
//!
//! The pipeline, one module a step: `config` (site.yaml) → `content` (files to `Page`s, with
//! `frontmatter`) → `tree` (parents, children, translations) → `markdown` (bodies to HTML)
//! → `render` (Tera templates with `i18n` strings) → `output` (staged, swapped in). `build`
//! runs the steps; `checks` are the editor checks; `cli` is the command line and `report` prints its findings.

pub mod build;
pub mod checks;
pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod frontmatter;
pub mod i18n;
pub mod markdown;
pub mod output;
pub mod page;
pub mod render;
pub mod report;
pub mod sitemap;
pub mod slug;
pub mod theme;
pub mod tree;
pub mod yaml;
