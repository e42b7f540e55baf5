//! What `loket new` and `loket init` share: why a command writes nothing (`NotWritten`), a
//! file it plans (`NewFile`), the text of a new page, and the one writer, which never
//! overwrites a file.

use jiff::civil::Date;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Why nothing was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotWritten {
    /// The command line asks for something that cannot be (exit status 2).
    Usage(String),
    /// The site, the folder or a file is in the way (exit status 1).
    Refused(String),
}

impl NotWritten {
    pub fn message(&self) -> &str {
        match self {
            NotWritten::Usage(message) | NotWritten::Refused(message) => message,
        }
    }

    pub fn exit_status(&self) -> u8 {
        match self {
            NotWritten::Usage(_) => 2,
            NotWritten::Refused(_) => 1,
        }
    }
}

/// A file to create, relative to the folder it is written into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFile {
    pub path: PathBuf,
    pub contents: String,
}

/// How the writer's messages name a file: by its path inside the folder (`loket new`, whose
/// folder is the site), or with the folder in front (`loket init`, which names its folder).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    InFolder,
    WithFolder,
}

/// The refusal of a file that exists: `command` never overwrites one.
pub fn exists(path: &Path, command: &str) -> NotWritten {
    NotWritten::Refused(format!(
        "{} already exists; {command} never overwrites a file",
        crate::diagnostics::shown(path)
    ))
}

/// A new page: its front matter (`title`, `description`, then `translation_key` and `date`
/// when given), then its body.
pub fn page_text(
    title: &str,
    description: &str,
    translation_key: Option<&str>,
    date: Option<Date>,
    body: &str,
) -> String {
    let mut text = String::from("---\n");
    let _ = writeln!(text, "title: \"{title}\"");
    let _ = writeln!(text, "description: \"{description}\"");
    if let Some(key) = translation_key {
        let _ = writeln!(text, "translation_key: {key}");
    }
    if let Some(date) = date {
        let _ = writeln!(text, "date: {date}");
    }
    let _ = write!(text, "---\n{body}\n");
    text
}

/// Writes the planned files into `dir` in order, creating folders as needed, refusing (with
/// nothing more written) when one of them exists, also one that appeared since it was
/// planned. `command` (`loket new`) is named in the refusal.
pub fn write<'a>(
    dir: &Path,
    files: impl IntoIterator<Item = &'a NewFile>,
    command: &str,
    named: Named,
) -> Result<(), NotWritten> {
    for file in files {
        let path = dir.join(&file.path);
        let shown = match named {
            Named::InFolder => file.path.as_path(),
            Named::WithFolder => path.as_path(),
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|err| NotWritten::Refused(format!("cannot create {}: {err}", parent.display())))?;
        }
        let mut handle = std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|err| {
            if err.kind() == std::io::ErrorKind::AlreadyExists {
                exists(shown, command)
            } else {
                NotWritten::Refused(format!("cannot create {}: {err}", crate::diagnostics::shown(shown)))
            }
        })?;
        std::io::Write::write_all(&mut handle, file.contents.as_bytes())
            .map_err(|err| NotWritten::Refused(format!("cannot write {}: {err}", crate::diagnostics::shown(shown))))?;
    }
    Ok(())
}
