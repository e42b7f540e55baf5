//! What `loket new` and `loket init` share: why a command writes nothing (`NotWritten`), a
//! file it plans (`NewFile`), the text of a new page, and the one writer, which never
//! overwrites a file.

use crate::messages::Text;
use crate::text;
use jiff::civil::Date;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Why nothing was written, in one or more sentences for the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotWritten {
    /// The command line asks for something that cannot be (exit status 2).
    Usage(Vec<Text>),
    /// The site, the folder or a file is in the way (exit status 1).
    Refused(Vec<Text>),
}

impl NotWritten {
    pub fn usage(text: Text) -> NotWritten {
        NotWritten::Usage(vec![text])
    }

    pub fn refused(text: Text) -> NotWritten {
        NotWritten::Refused(vec![text])
    }

    /// What to tell the editor, a sentence (or a few) a line.
    pub fn texts(&self) -> &[Text] {
        match self {
            NotWritten::Usage(texts) | NotWritten::Refused(texts) => texts,
        }
    }

    /// The ids of its messages (for tests).
    pub fn ids(&self) -> Vec<&'static str> {
        self.texts().iter().map(Text::id).collect()
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
    NotWritten::refused(text!("cli-exists", file = path, command = command))
}

/// A new page: its front matter (`title`, `description`, then `translation_key` and
/// `updated` when given: an ordinary page's date of last change, never `date`, which makes
/// its section a news feed), then its body.
pub fn page_text(
    title: &str,
    description: &str,
    translation_key: Option<&str>,
    updated: Option<Date>,
    body: &str,
) -> String {
    let updated = updated.map(|day| day.to_string());
    let mut front = vec![("title", title), ("description", description)];
    front.extend(translation_key.map(|key| ("translation_key", key)));
    front.extend(updated.as_deref().map(|day| ("updated", day)));
    page_with(&front, body)
}

/// A new page with these settings, in order, then its body. Words (title, description,
/// breadcrumb) are quoted, so that a `:` in them stays text.
pub fn page_with(front: &[(&str, &str)], body: &str) -> String {
    let mut text = String::from("---\n");
    for (key, value) in front {
        if matches!(*key, "title" | "description" | "breadcrumb") {
            let _ = writeln!(text, "{key}: \"{value}\"");
        } else {
            let _ = writeln!(text, "{key}: {value}");
        }
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
            std::fs::create_dir_all(parent).map_err(|err| {
                NotWritten::refused(text!("cli-cannot-create", file = parent, error = err.to_string()))
            })?;
        }
        let mut handle = std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|err| {
            if err.kind() == std::io::ErrorKind::AlreadyExists {
                exists(shown, command)
            } else {
                NotWritten::refused(text!("cli-cannot-create", file = shown, error = err.to_string()))
            }
        })?;
        std::io::Write::write_all(&mut handle, file.contents.as_bytes()).map_err(|err| {
            NotWritten::refused(text!("cli-cannot-write-file", file = shown, error = err.to_string()))
        })?;
    }
    Ok(())
}
