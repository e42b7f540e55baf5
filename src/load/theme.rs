//! The theme's files: loket's built-in templates, locales and static files (compiled into the
//! binary from the repository's own folders), overridden file by file by a site's own.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::load::builtin_locales;
use crate::rules::Rule;
use crate::sitefs::{self, Kind, Refusal};
use crate::text;
use rust_embed::RustEmbed;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(RustEmbed)]
#[folder = "templates/"]
struct BuiltinTemplates;

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
    /// Whether this is loket's own file, not one of the site.
    pub fn is_builtin(&self) -> bool {
        self.origin == Origin::Builtin
    }

    pub fn display_path(&self, folder: &str) -> PathBuf {
        match &self.origin {
            Origin::Site(path) => path.clone(),
            Origin::Builtin => PathBuf::from(folder).join(&self.name),
        }
    }
}

/// The built-in files of one of the theme's folders, by name.
fn builtin_files(folder: &str) -> Box<dyn Iterator<Item = (String, Cow<'static, [u8]>)>> {
    match folder {
        TEMPLATES_DIR => Box::new(
            BuiltinTemplates::iter().filter_map(|n| BuiltinTemplates::get(&n).map(|f| (n.to_string(), f.data))),
        ),
        LOCALES_DIR => Box::new(builtin_locales::all()),
        _ => Box::new(BuiltinStatic::iter().filter_map(|n| BuiltinStatic::get(&n).map(|f| (n.to_string(), f.data)))),
    }
}

/// The built-in locale files of `lang` (`main.ftl`, ...) with their text; empty for a
/// language the theme has no UI strings for.
pub use builtin_locales::{builtin_locale, builtin_locale_languages};

/// One built-in file (`templates`, `base.html`), for the snippets of the report.
pub fn builtin(folder: &str, name: &str) -> Option<Cow<'static, [u8]>> {
    match folder {
        TEMPLATES_DIR => BuiltinTemplates::get(name).map(|f| f.data),
        LOCALES_DIR => builtin_locales::get(name),
        STATIC_DIR => BuiltinStatic::get(name).map(|f| f.data),
        _ => None,
    }
}

/// One of the theme's folders, merged: built-in files, then the site's with the same name
/// replacing them. Sorted by name, so every use is deterministic. Every file that cannot be
/// read is a finding (`rule` for plain read errors): a link out of the site, a named pipe
/// or another special file among them, or the folder itself being one.
pub fn files(root: &Path, folder: &str, rule: Rule) -> Result<Vec<ThemeFile>, Diagnostics> {
    let Readable { files, problems, .. } = readable_files(root, folder, rule);
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}

/// A theme folder's files that could be read, beside those that could not.
pub struct Readable {
    pub files: Vec<ThemeFile>,
    /// The names (`css/pipe.css`) of the site's files that exist but were not read: a link to
    /// one is not broken, its own finding (in `problems`) says what is wrong.
    pub unread: Vec<String>,
    pub problems: Diagnostics,
}

/// [`files`], keeping the files that could be read when others could not.
pub fn readable_files(root: &Path, folder: &str, rule: Rule) -> Readable {
    let (files, unread, problems) = match read_files(root, folder, rule) {
        Ok(read) => read,
        Err(problems) => (Vec::new(), Vec::new(), problems),
    };
    Readable { files, unread, problems }
}

type FilesRead = (Vec<ThemeFile>, Vec<String>, Diagnostics);

fn read_files(root: &Path, folder: &str, rule: Rule) -> Result<FilesRead, Diagnostics> {
    let mut unread = Vec::new();
    let mut merged: BTreeMap<String, ThemeFile> = BTreeMap::new();
    for (name, contents) in builtin_files(folder) {
        merged.insert(name.clone(), ThemeFile { name, origin: Origin::Builtin, contents });
    }
    let mut problems = Diagnostics::new();
    let dir = root.join(folder);
    match sitefs::kind(root, &dir) {
        Ok(Kind::Dir) => {}
        Err(Refusal::Missing(_)) => return Ok((merged.into_values().collect(), unread, Diagnostics::new())),
        Ok(Kind::File) => {
            problems.push(
                Diagnostic::error(rule, folder, Position::START, text!("load-theme-not-folder", name = folder))
                    .with_hint(text!("load-theme-not-folder-hint", name = folder)),
            );
            return Err(problems);
        }
        Err(refusal) => return Err(Diagnostics::from_iter([refusal.finding(root, &dir, rule, "folder")])),
    }
    // Hidden folders such as `.well-known/` are walked; hidden files and editor leftovers
    // are not theme files.
    let skip = |name: &str, is_dir: bool| !is_dir && crate::load::content::is_ignored(name);
    // A folder's finding is given at the first file in it (see `sitefs::first_file_in`).
    let mut at_folder = Vec::new();
    let mut shown_files = Vec::new();
    for entry in sitefs::walk(root, &dir, &skip) {
        let path = entry.path.as_path();
        if entry.depth > 0 && entry.kind.is_ok() {
            if let Some(finding) = sitefs::unportable_name_finding(root, path) {
                if matches!(entry.kind, Ok(Kind::Dir)) {
                    at_folder.push((crate::diagnostics::display_path(root, path), finding));
                } else {
                    problems.push(finding);
                }
            }
        }
        if matches!(entry.kind, Ok(Kind::File)) {
            shown_files.push(crate::diagnostics::display_path(root, path));
        }
        let name = path
            .strip_prefix(&dir)
            .unwrap_or(path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        match entry.kind {
            Ok(Kind::Dir) => continue,
            Ok(Kind::File) => {}
            Err(refusal) => {
                problems.push(refusal.finding(root, path, rule, ""));
                unread.push(name);
                continue;
            }
        }
        match sitefs::read(root, path) {
            Ok(contents) => {
                // Templates and Fluent files saved on Windows (CRLF, a byte-order mark) read
                // as LF; static files are published byte for byte.
                let contents = if folder == STATIC_DIR {
                    contents
                } else {
                    match String::from_utf8(contents) {
                        Ok(text) => sitefs::lf_text(text).into_bytes(),
                        Err(err) => err.into_bytes(),
                    }
                };
                let origin = Origin::Site(crate::diagnostics::display_path(root, path));
                merged.insert(name.clone(), ThemeFile { name, origin, contents: Cow::Owned(contents) });
            }
            Err(refusal) => {
                problems.push(refusal.finding(root, path, rule, "file"));
                unread.push(name);
            }
        }
    }
    for (folder, mut finding) in at_folder {
        if let Some(file) = sitefs::first_file_in(&shown_files, &folder) {
            finding.file = file.clone();
        }
        problems.push(finding);
    }
    Ok((merged.into_values().collect(), unread, problems))
}
