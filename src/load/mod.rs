//! Loading a site: settings (`config`), shared values (`data`), the content files (`content`,
//! `frontmatter`, `yaml`, `slug`) into `Page`s (`page`), the generated topic pages (`topics`), the check of grouped overviews (`groups`),
//! the page tree (`tree`), the theme's files, built-in and the site's own (`theme`), and the
//! Fluent UI strings read from them (`locales`; loket's own, with each language's name, in
//! `builtin_locales`).

pub mod builtin_locales;
pub mod config;
pub mod content;
pub mod data;
pub mod frontmatter;
pub mod groups;
pub mod locales;
pub mod page;
pub mod slug;
pub mod theme;
pub mod topics;
pub mod tree;
pub mod yaml;
