//! Loading a site: settings (`config`), shared values (`data`), the content files (`content`,
//! `frontmatter`, `yaml`, `slug`) into `Page`s (`page`), the generated topic pages (`topics`)
//! and the page tree (`tree`).

pub mod config;
pub mod content;
pub mod data;
pub mod frontmatter;
pub mod page;
pub mod slug;
pub mod topics;
pub mod tree;
pub mod yaml;
