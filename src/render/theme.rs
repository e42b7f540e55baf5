//! The theme's files: loket's built-in templates, locales and static files (compiled into the
//! binary from the repository's own folders), overridden file by file by a site's own.

use rust_embed::RustEmbed;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

#[derive(RustEmbed)]
#[folder = "templates/"]
struct BuiltinTemplates;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct BuiltinLocales;

#[derive(RustEmbed)]
#[folder = "static/"]
struct BuiltinStatic;

pub const TEMPLATES_DIR: &str = "templates";
pub const LOCALES_DIR: &str = "locales";
pub const STATIC_DIR: &str = "static";

/// Where a theme file comes from: shown in error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Builtin,
    /// The site's own file, relative to the site root.
    Site(PathBuf),
}

#[derive(Debug, Clone)]
pub struct ThemeFile {
    /// `/`-separated, relative to its folder: `base.html`, `nl/main.ftl`, `css/site.css`.
    pub name: String,
    pub origin: Origin,
    pub contents: Cow<'static, [u8]>,
}

impl ThemeFile {
    /// The path shown to the user.
    pub fn display_path(&self, folder: &str) -> PathBuf {
        match &self.origin {
            Origin::Site(path) => path.clone(),
            Origin::Builtin => PathBuf::from(format!("(built-in) {folder}/{}", self.name)),
        }
    }
}

/// One of the theme's folders, merged: built-in files, then the site's with the same name
/// replacing them. Sorted by name, so every use is deterministic.
pub fn files(root: &Path, folder: &str) -> std::io::Result<Vec<ThemeFile>> {
    let mut merged: BTreeMap<String, ThemeFile> = BTreeMap::new();
    let builtin: Box<dyn Iterator<Item = (String, Cow<'static, [u8]>)>> = match folder {
        TEMPLATES_DIR => Box::new(
            BuiltinTemplates::iter().filter_map(|n| BuiltinTemplates::get(&n).map(|f| (n.to_string(), f.data))),
        ),
        LOCALES_DIR => {
            Box::new(BuiltinLocales::iter().filter_map(|n| BuiltinLocales::get(&n).map(|f| (n.to_string(), f.data))))
        }
        _ => Box::new(BuiltinStatic::iter().filter_map(|n| BuiltinStatic::get(&n).map(|f| (n.to_string(), f.data)))),
    };
    for (name, contents) in builtin {
        merged.insert(name.clone(), ThemeFile { name, origin: Origin::Builtin, contents });
    }
    let dir = root.join(folder);
    if dir.is_dir() {
        let site = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        for entry in WalkDir::new(&dir).follow_links(true).sort_by_file_name() {
            let entry = entry.map_err(std::io::Error::other)?;
            // As in content/: a link may point elsewhere in the site, never out of it.
            if entry.path_is_symlink() && !entry.path().canonicalize().is_ok_and(|target| target.starts_with(&site)) {
                let shown = crate::diagnostics::display_path(root, entry.path());
                return Err(std::io::Error::other(format!(
                    "{} is a symbolic link that leads outside the site folder; copy the file in instead",
                    shown.display()
                )));
            }
            if !entry.file_type().is_file() || crate::load::content::is_ignored(&entry.file_name().to_string_lossy()) {
                continue;
            }
            let name = entry
                .path()
                .strip_prefix(&dir)
                .unwrap_or(entry.path())
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let contents = Cow::Owned(std::fs::read(entry.path())?);
            let origin = Origin::Site(crate::diagnostics::display_path(root, entry.path()));
            merged.insert(name.clone(), ThemeFile { name, origin, contents });
        }
    }
    Ok(merged.into_values().collect())
}
