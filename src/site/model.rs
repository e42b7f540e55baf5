//! The site model: what was read from the site folder (settings, theme, `data/`, the pages
//! and the files next to them) and what follows from it directly (the page tree, the URL of
//! every file next to pages, the aliases). Rendering, checks and routes read it; only
//! `Site::apply` changes it.

use crate::load::config::SiteConfig;
use crate::load::content::Content;
use crate::load::data::SiteData;
use crate::load::tree::PageTree;
use crate::render::Theme;
use crate::site::routes::Alias;
use std::collections::HashMap;

pub(super) struct Model {
    pub config: SiteConfig,
    pub theme: Theme,
    /// The shared values of `data/`.
    pub data: SiteData,
    /// The pages (content pages, then the topic pages of site.yaml), the files next to them
    /// and the drafts.
    pub content: Content,
    pub tree: PageTree,
    /// Asset URL by path below `content/`.
    pub asset_urls: HashMap<String, String>,
    /// Every page's aliases, validated.
    pub aliases: Vec<Alias>,
}
