//! Rendering: parsed Markdown bodies to HTML (`markdown`, what it reads in `context` and
//! makes in `body`), shortcodes expanded (`shortcodes`, their arguments in `shortcode_args`,
//! the built-ins in `builtin_shortcodes`), the sanitizer (`sanitize`), Tera templates and page
//! contexts (`templates`), the theme as a site uses it (`Theme`: UI strings, templates and
//! static files, read by `load::locales` and `load::theme`), and the files loket generates
//! beside the pages (`feeds`, `sitemap`, `redirects`, WebVTT captions from SubRip in `captions`). Rendering never calls the checks: it
//! reports only what running templates and shortcodes finds.

pub mod body;
pub mod builtin_shortcodes;
pub mod captions;
pub mod context;
pub mod feeds;
pub mod markdown;
pub mod redirects;
pub mod sanitize;
pub mod shortcode_args;
pub mod shortcodes;
pub mod sitemap;
pub mod templates;

use crate::diagnostics::Diagnostics;
use crate::load::config::SiteConfig;
use crate::load::locales::Locales;
use crate::load::theme;
use crate::rules::Rule;
use std::path::Path;
use std::sync::Arc;
use templates::Templates;

/// The theme as a site uses it: UI strings, parsed templates and static files.
pub struct Theme {
    pub locales: Arc<Locales>,
    pub templates: Templates,
    pub static_files: Vec<theme::ThemeFile>,
    /// Static files that exist but could not be read (each has its finding): links to them
    /// are not broken links.
    pub unread_static: Vec<String>,
}

impl Theme {
    /// Locale and template errors are returned together; a static folder that cannot be
    /// read is a finding in `problems` (the build goes on to report everything else).
    pub fn load(root: &Path, config: &SiteConfig, problems: &mut Diagnostics) -> Result<Theme, Diagnostics> {
        // The files that could be read are kept: a link to them is not broken because
        // another static file is a named pipe.
        let theme::Readable { files: static_files, unread, problems: found } =
            theme::readable_files(root, theme::STATIC_DIR, Rule::Output);
        problems.extend(found);
        let languages: Vec<&str> = config.language_codes().collect();
        let locales = Arc::new(Locales::load(root, &languages)?);
        let mut templates = Templates::load(root, locales.clone())?;
        templates.global_context().insert("loket_version", env!("CARGO_PKG_VERSION"));
        Ok(Theme { locales, templates, static_files, unread_static: unread })
    }
}
