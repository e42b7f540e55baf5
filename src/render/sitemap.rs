//! Files for search engines: `/sitemap.xml` (with hreflang alternates) and `/robots.txt`.

use crate::load::config::SiteConfig;
use crate::load::page::{Page, PageId};
use crate::load::tree::PageTree;
use std::fmt::Write;

/// A sitemaps.org sitemap listing every page with its translations as `xhtml:link`
/// alternates (and `x-default`), and `lastmod` from `updated` or `date`.
pub fn sitemap_xml(config: &SiteConfig, pages: &[Page], tree: &PageTree) -> String {
    let mut xml = String::with_capacity(pages.len() * 400 + 200);
    xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    let mut order: Vec<PageId> = PageId::all(pages.len()).collect();
    order.sort_by(|&a, &b| pages[a].url.cmp(&pages[b].url));
    for id in order {
        let page = &pages[id];
        let _ = writeln!(xml, "  <url>\n    <loc>{}</loc>", crate::escape::html(&config.permalink(&page.url)));
        if let Some(date) = page.front.last_changed() {
            let _ = writeln!(xml, "    <lastmod>{date}</lastmod>");
        }
        // The same alternates as the page's head (`PageTree::alternates`).
        if let Some(alternates) = tree.alternates(config, pages, id) {
            for (lang, href) in &alternates.links {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>",
                    crate::escape::html(href)
                );
            }
            let _ = writeln!(
                xml,
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                crate::escape::html(&alternates.x_default)
            );
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots_txt(config: &SiteConfig) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", config.permalink("/sitemap.xml"))
}
