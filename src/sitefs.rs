//! Opening a site's files safely: only regular files and folders that resolve inside the site
//! folder are read; a symbolic link out of the site is `outside-site`, anything else (a named
//! pipe, a socket, a device) is `special-file`. Neither is ever opened, so nothing outside the
//! site is read and nothing blocks.

use crate::diagnostics::{display_path, Diagnostic, Position};
use crate::messages::Text;
use crate::rules::Rule;
use crate::text;
use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Why a path of the site is not read.
#[derive(Debug)]
pub enum Refusal {
    /// It is, or lies below, a symbolic link that resolves outside the site folder.
    Outside,
    /// Not a regular file or folder: what it is, for the message.
    Special(&'static str),
    /// It does not exist (the system's error, for its wording).
    Missing(io::Error),
    /// Any other error of the file system.
    Io(io::Error),
}

impl Refusal {
    /// The finding at `path`; `rule` and `what` (what could not be read: `page`, `file`,
    /// `folder`, `content-folder`, `language-folder`, `data-file`, or a name shown as it is)
    /// are for plain read errors, which belong to the step that reads.
    pub fn finding(&self, root: &Path, path: &Path, rule: Rule, what: &str) -> Diagnostic {
        let shown = display_path(root, path);
        match self {
            Refusal::Outside => {
                Diagnostic::error(Rule::OutsideSite, shown, Position::START, text!("load-outside-site"))
                    .with_hint(text!("load-outside-site-hint"))
            }
            Refusal::Special(kind) => {
                Diagnostic::error(Rule::SpecialFile, shown, Position::START, text!("load-special-file", kind = *kind))
                    .with_hint(text!("load-special-file-hint"))
            }
            Refusal::Missing(err) | Refusal::Io(err) => {
                let what = if what.is_empty() { "file".to_string() } else { what.replace(' ', "-") };
                Diagnostic::error(
                    rule,
                    shown,
                    Position::START,
                    text!("load-cannot-read", what = what, error = err.to_string()),
                )
                .with_hint(text!("load-cannot-read-hint"))
            }
        }
    }
}

impl From<io::Error> for Refusal {
    fn from(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::NotFound {
            Refusal::Missing(err)
        } else {
            Refusal::Io(err)
        }
    }
}

/// What a path of the site is, once it is known to be readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
}

/// The site folder with symbolic links resolved, to compare resolved paths with.
pub fn canonical_root(root: &Path) -> PathBuf {
    root.canonicalize().unwrap_or_else(|_| root.to_path_buf())
}

/// `path` with its links resolved, as a path the site's files can be joined to. On Windows,
/// `canonicalize` gives a verbatim path (`\\?\C:\site`) in which `/` is no separator, so
/// `content/nl/a.md` joined to it would name no file, and which the watcher's paths would not
/// start with; the plain form (`C:\site`) is used there instead.
pub fn canonicalize(path: &Path) -> io::Result<PathBuf> {
    let canonical = path.canonicalize()?;
    #[cfg(windows)]
    {
        // `\\?\C:\site` → `C:\site`; other verbatim paths (`\\?\UNC\...`) stay as they are.
        if let Some(plain) = canonical.to_str().and_then(|s| s.strip_prefix(r"\\?\")) {
            if plain.as_bytes().get(1) == Some(&b':') {
                return Ok(PathBuf::from(plain));
            }
        }
    }
    Ok(canonical)
}

/// Whether `path` (any of its components a link or not) resolves inside the site folder.
pub fn resolves_inside(root: &Path, path: &Path) -> bool {
    path.canonicalize().is_ok_and(|target| target.starts_with(canonical_root(root)))
}

/// What `path` is, resolving every link on the way: a link anywhere on it that leaves the
/// site is `Outside`. For the top folders of a site (`content`, `static`, ...) and for
/// paths named in findings, where a link higher up would otherwise go unnoticed.
pub fn kind(root: &Path, path: &Path) -> Result<Kind, Refusal> {
    fs::symlink_metadata(path)?;
    let resolved = path.canonicalize().map_err(|err| {
        // A dangling link or a loop: it leads nowhere inside the site.
        if err.kind() == io::ErrorKind::NotFound {
            Refusal::Outside
        } else {
            Refusal::Io(err)
        }
    })?;
    if !resolved.starts_with(canonical_root(root)) {
        return Err(Refusal::Outside);
    }
    kind_of(&fs::metadata(&resolved)?)
}

/// Opens `path` for reading when it is a regular file: a link is followed only when it
/// resolves inside the site; nothing else is opened (even opening a named pipe blocks).
/// The folders above `path` are the caller's to check, as a walk of the site does.
pub fn open(root: &Path, path: &Path) -> Result<File, Refusal> {
    open_with_metadata(root, path).map(|(file, _)| file)
}

/// `open`, with the metadata of the file opened.
fn open_with_metadata(root: &Path, path: &Path) -> Result<(File, Metadata), Refusal> {
    let meta = fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        let target = path.canonicalize().map_err(|_| Refusal::Outside)?;
        if !target.starts_with(canonical_root(root)) {
            return Err(Refusal::Outside);
        }
        return open_nonblocking(&target, true);
    }
    kind_of(&meta)?;
    open_nonblocking(path, true)
}

/// Reads the whole regular file at `path` (see `open`). The buffer is sized from the
/// metadata `open` has already read: `File::read_to_end` would ask the system for the size
/// and position again (two calls per file; a site has tens of thousands).
pub fn read(root: &Path, path: &Path) -> Result<Vec<u8>, Refusal> {
    let (file, meta) = open_with_metadata(root, path)?;
    // One byte more, so that a file that did not change since is read to its end at once.
    let expected = usize::try_from(meta.len()).unwrap_or(0).saturating_add(1);
    let mut bytes = Vec::new();
    // A file's size is the site's to choose: too big to hold is an error, not an abort.
    bytes.try_reserve_exact(expected).map_err(|e| std::io::Error::new(std::io::ErrorKind::OutOfMemory, e))?;
    // Through `Take`, whose `read_to_end` asks nothing of the file but its bytes; the file
    // may still grow or shrink meanwhile, and is read to its end either way.
    file.take(u64::MAX).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Like `read`, with every link on the path checked (`kind`) and at most `limit` bytes:
/// `None` for a larger file. For the report, which reads the files findings name.
pub fn read_bounded(root: &Path, path: &Path, limit: u64) -> Result<Option<Vec<u8>>, Refusal> {
    if kind(root, path)? != Kind::File {
        return Err(Refusal::Special("folder"));
    }
    let file = open(root, path)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Opens a file that was checked to be regular (an asset being copied), without blocking
/// should it have been replaced by a named pipe since, and refuses it if it is no longer
/// regular.
pub fn open_regular(path: &Path) -> Result<File, Refusal> {
    open_nonblocking(path, false).map(|(file, _)| file)
}

/// `no_follow`: the path was resolved already, so a link at its end now is a swap.
fn open_nonblocking(path: &Path, no_follow: bool) -> Result<(File, Metadata), Refusal> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut flags = rustix::fs::OFlags::NONBLOCK;
        if no_follow {
            flags |= rustix::fs::OFlags::NOFOLLOW;
        }
        options.custom_flags(flags.bits() as i32);
    }
    #[cfg(not(unix))]
    let _ = no_follow;
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if kind_of(&meta)? != Kind::File {
        return Err(Refusal::Special("folder"));
    }
    Ok((file, meta))
}

fn kind_of(meta: &Metadata) -> Result<Kind, Refusal> {
    let file_type = meta.file_type();
    if file_type.is_file() {
        return Ok(Kind::File);
    }
    if file_type.is_dir() {
        return Ok(Kind::Dir);
    }
    Err(Refusal::Special(special_name(&file_type)))
}

/// One file or folder found by `walk`.
#[derive(Debug)]
pub struct Entry {
    pub path: PathBuf,
    /// 0 for the folder walked itself.
    pub depth: usize,
    /// What it is, links resolved: a link out of the site, a special file, a loop of links
    /// or a folder that cannot be listed is the refusal to report at `path`.
    pub kind: Result<Kind, Refusal>,
}

/// Every file and folder below `dir` (itself first), parents before children and sorted by
/// name. A symbolic link is followed only when it resolves inside the site: a folder linked
/// from outside is not even listed. `skip(name, is_dir)` leaves an entry out (a folder with
/// everything in it). Walked by hand rather than with walkdir, which lists a linked folder
/// before its caller can refuse it.
pub fn walk(root: &Path, dir: &Path, skip: &dyn Fn(&str, bool) -> bool) -> Vec<Entry> {
    let site = canonical_root(root);
    let kind = kind(root, dir);
    let descend = matches!(kind, Ok(Kind::Dir));
    let mut entries = vec![Entry { path: dir.to_path_buf(), depth: 0, kind }];
    if descend {
        let mut ancestors = vec![dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf())];
        walk_into(&Walk { site: &site, skip }, dir, 1, &mut ancestors, &mut entries);
    }
    entries
}

struct Walk<'a> {
    site: &'a Path,
    skip: &'a dyn Fn(&str, bool) -> bool,
}

fn walk_into(walk: &Walk<'_>, dir: &Path, depth: usize, ancestors: &mut Vec<PathBuf>, out: &mut Vec<Entry>) {
    let listing = match fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(err) => {
            if let Some(last) = out.last_mut() {
                last.kind = Err(Refusal::Io(err));
            }
            return;
        }
    };
    let mut children: Vec<fs::DirEntry> = listing.filter_map(Result::ok).collect();
    children.sort_by_key(fs::DirEntry::file_name);
    for child in children {
        let path = child.path();
        let Ok(file_type) = child.file_type() else { continue };
        let (kind, resolved) = if file_type.is_symlink() {
            match path.canonicalize() {
                Ok(target) if target.starts_with(walk.site) => match fs::metadata(&target) {
                    Ok(meta) => (kind_of(&meta), Some(target)),
                    Err(err) => (Err(Refusal::Io(err)), None),
                },
                // Out of the site, dangling, or a loop the system gave up on.
                _ => (Err(Refusal::Outside), None),
            }
        } else if file_type.is_dir() {
            (Ok(Kind::Dir), None)
        } else if file_type.is_file() {
            (Ok(Kind::File), None)
        } else {
            (Err(Refusal::Special(special_name(&file_type))), None)
        };
        let is_dir = matches!(kind, Ok(Kind::Dir));
        if (walk.skip)(&child.file_name().to_string_lossy(), is_dir) {
            continue;
        }
        out.push(Entry { path: path.clone(), depth, kind });
        if is_dir {
            let Some(parent) = ancestors.last() else { continue };
            let here = resolved.unwrap_or_else(|| parent.join(child.file_name()));
            if ancestors.contains(&here) {
                if let Some(last) = out.last_mut() {
                    last.kind = Err(Refusal::Io(io::Error::other("its symbolic links go round in a loop")));
                }
                continue;
            }
            ancestors.push(here);
            walk_into(walk, &path, depth + 1, ancestors, out);
            ancestors.pop();
        }
    }
}

/// A text file's contents as loket reads them: a byte-order mark dropped and every line end
/// (`\r\n` as Windows editors write it, or a lone `\r`) made `\n`, so that a file saved on
/// Windows reads, and has its findings at the lines and columns, as the same file saved on
/// Linux. Text without either is returned as it is, without copying.
pub fn lf_text(text: String) -> String {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Why Windows cannot hold a file or folder of this name, in words; `None` for a name every
/// system can hold. Windows refuses the device names `con`, `prn`, `aux`, `nul`, `com1`–`com9`
/// and `lpt1`–`lpt9` (in any case, with any extension: `con.md`, `Aux.png`), a name that ends
/// in a dot or a space, and the characters `:*?"<>|`, `\` and control characters. A site with
/// such a name builds on Linux but cannot even be copied to an editor's Windows laptop.
pub fn unportable_name(name: &str) -> Option<Text> {
    if let Some(bad) = name.chars().find(|c| matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|' | '\\')) {
        return Some(text!("load-name-windows-char", char = bad.escape_debug().to_string()));
    }
    if name.chars().any(char::is_control) {
        return Some(text!("load-name-windows-control"));
    }
    if name.ends_with('.') || name.ends_with(' ') {
        return Some(text!("load-name-windows-end"));
    }
    // Windows reads `con.tar.gz` and `con .md` as the device too: the part before the first
    // dot, without trailing spaces.
    let base = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
    let device = base.eq_ignore_ascii_case("con")
        || base.eq_ignore_ascii_case("prn")
        || base.eq_ignore_ascii_case("aux")
        || base.eq_ignore_ascii_case("nul")
        || (base.len() == 4
            && (base[..3].eq_ignore_ascii_case("com") || base[..3].eq_ignore_ascii_case("lpt"))
            && matches!(base.as_bytes()[3], b'1'..=b'9'));
    device.then(|| text!("load-name-windows-device", base = base))
}

/// The `rule` finding at `path` (a file or folder of the site) when Windows cannot hold its
/// name (see [`unportable_name`]).
pub fn unportable_name_finding(root: &Path, path: &Path) -> Option<Diagnostic> {
    let name = path.file_name()?.to_string_lossy();
    let why = unportable_name(&name)?;
    let what = if path.is_dir() { "folder" } else { "file" };
    let shown_name: String = name.chars().flat_map(char::escape_debug).collect();
    Some(
        Diagnostic::error(
            Rule::FileName,
            display_path(root, path),
            Position::START,
            text!("load-name-windows", what = what, name = shown_name, why = why),
        )
        .with_hint(text!("load-name-windows-hint")),
    )
}

/// Where a finding about `folder` is given: the first of `files` (sorted) inside it, its
/// `_index.md` first. An editor, and the overlay of `serve`, opens files, not folders.
pub fn first_file_in<'a>(files: &'a [PathBuf], folder: &Path) -> Option<&'a PathBuf> {
    let index = folder.join("_index.md");
    files.iter().find(|f| **f == index).or_else(|| files.iter().find(|f| f.starts_with(folder)))
}

/// What a file that is neither a regular file nor a folder is: the key of its words in
/// `load-special-file`.
pub fn special_name(file_type: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "fifo";
        }
        if file_type.is_socket() {
            return "socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "device";
        }
    }
    if file_type.is_symlink() {
        return "symlink";
    }
    "special"
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;
    use std::time::Duration;

    fn mkfifo(path: &Path) {
        let status = std::process::Command::new("mkfifo").arg(path).status().unwrap();
        assert!(status.success());
    }

    #[test]
    fn links_out_and_special_files_are_refused_without_opening() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret"), "s3cret").unwrap();
        fs::write(root.join("page.md"), "text").unwrap();
        symlink(outside.path().join("secret"), root.join("leak.md")).unwrap();
        symlink("page.md", root.join("alias.md")).unwrap();
        symlink("/dev/zero", root.join("zero.md")).unwrap();
        mkfifo(&root.join("pipe.md"));
        let (done, waited) = std::sync::mpsc::channel();
        let root_path = root.to_path_buf();
        std::thread::spawn(move || {
            let results: Vec<String> = ["page.md", "alias.md", "leak.md", "zero.md", "pipe.md"]
                .iter()
                .map(|name| format!("{:?}", read(&root_path, &root_path.join(name)).map(String::from_utf8)))
                .collect();
            done.send(results).unwrap();
        });
        let results = waited.recv_timeout(Duration::from_secs(10)).expect("reading a named pipe must not block");
        assert_eq!(results[0], "Ok(Ok(\"text\"))");
        assert_eq!(results[1], "Ok(Ok(\"text\"))");
        assert_eq!(results[2], "Err(Outside)");
        assert_eq!(results[3], "Err(Outside)");
        assert!(results[4].contains("fifo"), "{}", results[4]);
        assert!(matches!(read_bounded(root, &root.join("page.md"), 2), Ok(None)));
        assert!(matches!(read_bounded(root, &root.join("leak.md"), 100), Err(Refusal::Outside)));
    }

    #[test]
    fn walk_follows_links_only_into_the_site_and_stops_at_loops() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret.md"), "s").unwrap();
        fs::create_dir_all(root.join("c/b")).unwrap();
        fs::create_dir_all(root.join("shared")).unwrap();
        fs::write(root.join("c/a.md"), "a").unwrap();
        fs::write(root.join("c/b/.hidden"), "h").unwrap();
        fs::write(root.join("shared/s.md"), "s").unwrap();
        symlink(outside.path(), root.join("c/out")).unwrap();
        symlink("../shared", root.join("c/linked")).unwrap();
        symlink("..", root.join("c/b/up")).unwrap();
        mkfifo(&root.join("c/pipe.md"));
        let entries = walk(root, &root.join("c"), &|name, _| name.starts_with('.'));
        let shown: Vec<String> = entries
            .iter()
            .map(|e| {
                let path = e.path.strip_prefix(root).unwrap().display().to_string();
                let kind = match &e.kind {
                    Ok(kind) => format!("{kind:?}"),
                    Err(Refusal::Io(err)) => err.to_string(),
                    Err(other) => format!("{other:?}"),
                };
                format!("{} {path} {kind}", e.depth)
            })
            .collect();
        assert_eq!(
            shown,
            [
                "0 c Dir",
                "1 c/a.md File",
                "1 c/b Dir",
                "2 c/b/up its symbolic links go round in a loop",
                "1 c/linked Dir",
                "2 c/linked/s.md File",
                "1 c/out Outside",
                "1 c/pipe.md Special(\"fifo\")",
            ]
        );
    }

    #[test]
    fn a_folder_linked_from_outside_is_outside() {
        let site = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("a.md"), "x").unwrap();
        symlink(outside.path(), site.path().join("content")).unwrap();
        assert!(matches!(kind(site.path(), &site.path().join("content")), Err(Refusal::Outside)));
        assert!(matches!(kind(site.path(), &site.path().join("content/a.md")), Err(Refusal::Outside)));
        assert!(matches!(kind(site.path(), &site.path().join("nothing")), Err(Refusal::Missing(_))));
    }
}

/// The name and text rules, on every system.
#[cfg(test)]
mod portable_tests {
    use super::*;

    #[test]
    fn canonical_paths_take_slash_separated_names() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("content/nl")).unwrap();
        let root = canonicalize(dir.path()).unwrap();
        assert!(!root.to_string_lossy().starts_with(r"\\?\"), "{}", root.display());
        assert!(root.join("content/nl").is_dir());
    }

    #[test]
    fn line_ends_and_a_byte_order_mark_read_as_lf() {
        assert_eq!(lf_text("\u{feff}---\r\nx\r\n\r\ny\rz".to_string()), "---\nx\n\ny\nz");
        assert_eq!(lf_text("a\u{feff}\n".to_string()), "a\u{feff}\n", "only a mark at the start is dropped");
    }

    #[test]
    fn names_windows_cannot_hold() {
        for bad in [
            "con",
            "CON",
            "con.md",
            "Aux.png",
            "nul.tar.gz",
            "com1",
            "LPT9.txt",
            "prn .md",
            "a:b",
            "a*b",
            "wat?.md",
            "\"x\"",
            "a<b",
            "a>b",
            "a|b",
            "a\\b",
            "tab\there",
            "punt.",
            "spatie ",
        ] {
            assert!(unportable_name(bad).is_some(), "{bad:?} accepted");
        }
        let nl = crate::messages::Messages::new(crate::messages::EditorLang::Nl);
        let shown = |name| unportable_name(name).map(|why| nl.format(&why));
        assert_eq!(shown("aux.md").as_deref(), Some("“aux” is een naam die Windows vrijhoudt voor een apparaat"));
        assert_eq!(shown("wat?.md").as_deref(), Some("er staat het teken ? in"));
        for good in
            ["console.md", "auxiliary", "com", "com0", "com10", "lpt", "nul-meting.pdf", "contact", "a.b.c", "café"]
        {
            assert_eq!(unportable_name(good), None, "{good:?} refused");
        }
    }
}
