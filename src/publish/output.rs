//! The output folder: refuses dangerous targets, writes into a staging sibling folder and
//! swaps it in only when the whole build succeeded, so a failed build leaves the old output
//! as it was. A file whose bytes did not change is linked from the old output instead of
//! written, so it keeps its modification time (and `rsync` or a bucket sync skips it).

use crate::diagnostics::{Diagnostic, Position};
use crate::messages::Text;
use crate::progress::Progress;
use crate::rules::Rule;
pub use crate::site::producers::Sink;
use crate::site::routes::MARKER;
use crate::text;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::hash::{Hash, Hasher};
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// `relative` (`/nl/index.html`) inside `dir`; refused when it would lead outside it.
pub fn path_inside(dir: &Path, relative: &str) -> io::Result<PathBuf> {
    let relative = Path::new(relative.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is not a path inside the output", relative.display()),
        ));
    }
    Ok(dir.join(relative))
}

/// `relative` inside `dir` when every folder on the way is a real folder and it is a regular
/// file: a symbolic link anywhere below `dir` (one planted in the old output, say) is never
/// followed, so no file outside the output is read or linked into the new one.
fn regular_file_below(dir: &Path, relative: &str) -> Option<PathBuf> {
    let path = path_inside(dir, relative).ok()?;
    let mut at = dir.to_path_buf();
    let mut parts = path.strip_prefix(dir).ok()?.components().peekable();
    while let Some(part) = parts.next() {
        at.push(part);
        let meta = fs::symlink_metadata(&at).ok()?;
        let fits = if parts.peek().is_some() { meta.is_dir() } else { meta.is_file() };
        if !fits {
            return None;
        }
    }
    Some(at)
}

/// A build's output being written, in a staging folder of its own next to the output
/// (`.public.loket-staging.XXXXXX`), so that builds running at once never share one;
/// dropped without `commit`, it is removed.
pub struct Staging {
    root: PathBuf,
    target: PathBuf,
    staging: PathBuf,
    /// The output being replaced, when it is loket's own: unchanged files are linked from it.
    live: Option<PathBuf>,
    /// The staging folder, opened and locked for as long as this build runs: a staging
    /// folder nobody holds was left by a build that was killed, and the next build removes it.
    _claim: Option<fs::File>,
    committed: bool,
    /// How the commit waits for the lock on the output's parent folder.
    wait: LockWait,
}

/// How long a build waits for the lock on the output's parent folder, which another loket
/// holds while it creates its staging folder or swaps its output in (moments, normally), and
/// whom it tells that it waits.
#[derive(Clone)]
pub struct LockWait {
    /// After this the build fails with a finding naming the folder.
    pub limit: Duration,
    /// Told once, when the lock is still held after [`LOCK_NOTICE_AFTER`].
    pub notice: Progress,
}

impl Default for LockWait {
    fn default() -> Self {
        LockWait { limit: LOCK_WAIT_LIMIT, notice: Progress::hidden() }
    }
}

/// How long a build waits for another loket's lock on the output's parent folder.
pub const LOCK_WAIT_LIMIT: Duration = Duration::from_secs(30);
/// When the wait is told (shorter waits are the usual moments of a build running beside).
const LOCK_NOTICE_AFTER: Duration = Duration::from_secs(1);

/// What staging folders of the output `name` start with; the leftovers of killed builds
/// (and the `.old` folder of a swap cut short) start with it too.
fn staging_prefix(name: &str) -> String {
    format!(".{name}.loket-staging")
}

impl Staging {
    /// Checks `target` and creates an empty staging folder of its own beside it, removing
    /// the staging folders of builds that were killed.
    pub fn begin(root: &Path, target: &Path) -> Result<Staging, Diagnostic> {
        Self::begin_waiting(root, target, &LockWait::default())
    }

    /// `begin`, waiting for the lock on the output's parent folder as `wait` says.
    pub fn begin_waiting(root: &Path, target: &Path, wait: &LockWait) -> Result<Staging, Diagnostic> {
        check_target(root, target)?;
        let parent = parent_of(target);
        fs::create_dir_all(parent).map_err(|err| io_error(root, target, text!("publish-io-parent"), &err))?;
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
        let prefix = staging_prefix(&name);
        // Cleaning up and creating happen under one lock, so that a build never takes the
        // staging folder another build has just made (and not locked yet) for a leftover.
        let parent_lock = lock_dir(parent, wait)?;
        remove_leftovers(parent, &prefix);
        let staging = tempfile::Builder::new()
            .prefix(&format!("{prefix}."))
            .tempdir_in(parent)
            .map_err(|err| io_error(root, target, text!("publish-io-staging"), &err))?
            .keep();
        let claim = claim_dir(&staging);
        drop(parent_lock);
        let wait = wait.clone();
        // `check_target` refused a folder that is not loket's own, unless it was empty.
        let live = fs::symlink_metadata(target.join(MARKER)).is_ok_and(|m| m.is_file()).then(|| target.to_path_buf());
        let staging = Staging {
            root: root.to_path_buf(),
            target: target.to_path_buf(),
            staging,
            live,
            _claim: claim,
            committed: false,
            wait,
        };
        staging
            .write(MARKER, b"This folder was generated by loket and is replaced by every build.\n")
            .map_err(|err| io_error(root, &staging.staging, text!("publish-io-write"), &err))?;
        Ok(staging)
    }

    pub fn dir(&self) -> &Path {
        &self.staging
    }

    /// Writes `contents` at `relative` (a `/`-separated output path) inside the staging folder,
    /// or links the live output's file there when it holds these bytes already.
    pub fn write(&self, relative: &str, contents: &[u8]) -> io::Result<()> {
        let path = self.path_of(relative)?;
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        if self.link_unchanged(relative, &path, |live| fs::read(live).is_ok_and(|bytes| bytes == contents)) {
            return Ok(());
        }
        fs::write(path, contents)
    }

    /// Copies the file `source`, refusing (and never opening) anything but a regular file; or
    /// links the live output's copy when it holds the same bytes.
    pub fn copy(&self, relative: &str, source: &Path) -> io::Result<()> {
        let path = self.path_of(relative)?;
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut from = crate::sitefs::open_regular(source).map_err(refusal_to_io)?;
        let length = from.metadata()?.len();
        let mut contents = Vec::new();
        let unchanged = |live: &Path| {
            fs::symlink_metadata(live).is_ok_and(|m| m.len() == length)
                && io::Read::read_to_end(&mut from, &mut contents).is_ok()
                && fs::read(live).is_ok_and(|bytes| bytes == contents)
        };
        if self.link_unchanged(relative, &path, unchanged) {
            return Ok(());
        }
        let mut to = fs::File::create(path)?;
        io::Write::write_all(&mut to, &contents)?;
        io::copy(&mut from, &mut to).map(|_| ())
    }

    /// Hard-links the live output's file at `relative` to `staged` when it is a regular file
    /// and `unchanged` says it holds the new bytes. Any failure (no live output, another build
    /// swapped it meanwhile, a file system without links) means: write the file instead.
    fn link_unchanged(&self, relative: &str, staged: &Path, unchanged: impl FnOnce(&Path) -> bool) -> bool {
        let Some(live) = self.live.as_deref().and_then(|dir| regular_file_below(dir, relative)) else { return false };
        unchanged(&live) && fs::hard_link(&live, staged).is_ok()
    }

    fn path_of(&self, relative: &str) -> io::Result<PathBuf> {
        path_inside(&self.staging, relative)
    }

    /// Replaces the target with the staged output. On Linux the two folders are exchanged in
    /// one step (`renameat2` with `RENAME_EXCHANGE`), so there is never a moment without an
    /// output folder; elsewhere, or where the file system cannot exchange, the old output is
    /// moved aside and the new one moved in. The old output is then removed.
    pub fn commit(self) -> Result<(), Diagnostic> {
        let may_exchange = !portable_swap_forced();
        self.commit_with(may_exchange)
    }

    /// `commit`; `may_exchange: false` takes the way of systems without `renameat2`.
    fn commit_with(mut self, may_exchange: bool) -> Result<(), Diagnostic> {
        let root = self.root.clone();
        // One swap at a time into this output's folder.
        let parent_lock = lock_dir(parent_of(&self.target), &self.wait)?;
        let had_target = fs::symlink_metadata(&self.target).is_ok();
        if !had_target {
            fs::rename(&self.staging, &self.target)
                .map_err(|err| io_error(&root, &self.target, text!("publish-io-move-in"), &err))?;
            self.committed = true;
            return Ok(());
        }
        if may_exchange && exchange(&self.staging, &self.target).is_ok() {
            // The staging path now holds the old output. The new one is in place whatever
            // happens next: should removing the old one fail, the next build removes it.
            self.committed = true;
            // The old output is removed without the lock: that may take a while, and no
            // other build waits on it (a build that finds it takes it for a leftover).
            drop(parent_lock);
            remove_tree(&self.staging);
            return Ok(());
        }
        // Without an exchange: the new output is complete in the staging folder before the
        // old one is touched; the old one is moved aside whole (its name starts with the
        // staging prefix, so a build cut short here leaves it for the next build to remove)
        // and moved back should the new one not go in.
        let old = self.staging.with_file_name(format!(
            "{}.old",
            self.staging.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
        ));
        fs::rename(&self.target, &old)
            .map_err(|err| io_error(&root, &self.target, text!("publish-io-move-aside"), &err))?;
        if let Err(err) = fs::rename(&self.staging, &self.target) {
            let _ = fs::rename(&old, &self.target);
            return Err(io_error(&root, &self.target, text!("publish-io-move-in"), &err));
        }
        self.committed = true;
        drop(parent_lock);
        remove_tree(&old);
        Ok(())
    }
}

/// Removes the replaced output, a folder of its own at a time in parallel (the language
/// folders hold most of a site's files): it is the last step of a rebuild, with nothing else
/// left to run beside it. Links are removed, never followed (`remove_dir_all`'s contract).
/// Whatever cannot be removed is left for the next build.
fn remove_tree(dir: &Path) {
    use rayon::prelude::*;
    let entries: Vec<fs::DirEntry> = fs::read_dir(dir).map(|list| list.flatten().collect()).unwrap_or_default();
    entries.par_iter().for_each(|entry| {
        let _ = match entry.file_type() {
            Ok(kind) if kind.is_dir() => fs::remove_dir_all(entry.path()),
            _ => fs::remove_file(entry.path()),
        };
    });
    let _ = fs::remove_dir_all(dir);
}

/// The environment variable that makes a debug build (`cargo test`, `cargo run`) swap its
/// output as systems without `renameat2` do (macOS, Windows, Linux file systems that cannot
/// exchange), so that this way is tested on Linux too. Release builds never read it.
pub const PORTABLE_SWAP_VAR: &str = "LOKET_PORTABLE_SWAP";

/// Whether [`PORTABLE_SWAP_VAR`] is set (to anything but `0`) in a debug build.
fn portable_swap_forced() -> bool {
    cfg!(debug_assertions) && std::env::var_os(PORTABLE_SWAP_VAR).is_some_and(|value| value != "0")
}

/// Swaps the folders at `a` and `b` in one step.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

fn parent_of(target: &Path) -> &Path {
    target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// Holds an exclusive lock on the folder `dir` until dropped; `None` where folders cannot be
/// locked (then builds at once still stage privately, only without the cleanup's guard).
/// A lock held elsewhere is waited for as `wait` says (never for ever: a lock left by a
/// program that hangs would hang the build without a word), then refused with a finding.
fn lock_dir(dir: &Path, wait: &LockWait) -> Result<Option<fs::File>, Diagnostic> {
    let Ok(file) = fs::File::open(dir) else { return Ok(None) };
    let started = Instant::now();
    let mut told = false;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Some(file)),
            Err(fs::TryLockError::WouldBlock) => {}
            Err(fs::TryLockError::Error(_)) => return Ok(None),
        }
        let waited = started.elapsed();
        // The folder as given: `.` would not say which folder the site folder is.
        if waited >= wait.limit {
            let folder = dir.to_path_buf();
            let seconds = wait.limit.as_secs();
            return Err(Diagnostic::error(
                Rule::Output,
                &folder,
                Position::START,
                text!("publish-locked", folder = &folder, seconds = seconds),
            )
            .with_hint(text!("publish-locked-hint")));
        }
        if !told && waited >= LOCK_NOTICE_AFTER {
            told = true;
            let folder = dir.to_path_buf();
            wait.notice.notice(&text!("publish-waiting-for-lock", folder = &folder, seconds = wait.limit.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(50).min(wait.limit.saturating_sub(waited)));
    }
}

/// Locks a staging folder of this build, so that no other build removes it as a leftover.
fn claim_dir(dir: &Path) -> Option<fs::File> {
    let file = fs::File::open(dir).ok()?;
    file.try_lock().ok()?;
    Some(file)
}

/// Removes the staging folders (with `prefix`) that no running build holds: those of builds
/// that were killed, and the old output of a swap cut short.
fn remove_leftovers(parent: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(parent) else { return };
    for entry in entries.filter_map(Result::ok) {
        if !entry.file_name().to_string_lossy().starts_with(prefix) {
            continue;
        }
        let path = entry.path();
        if !fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
            continue;
        }
        // A build that is running holds its folder; the claim is dropped (unlocked) at once.
        if claim_dir(&path).is_some() {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

fn refusal_to_io(refusal: crate::sitefs::Refusal) -> io::Error {
    match refusal {
        crate::sitefs::Refusal::Io(err) | crate::sitefs::Refusal::Missing(err) => err,
        crate::sitefs::Refusal::Outside => io::Error::other("it leads outside the site folder"),
        crate::sitefs::Refusal::Special(kind) => io::Error::other(format!("it is a {kind}, not a regular file")),
    }
}

impl Sink for Staging {
    fn write(&self, relative: &str, contents: &[u8]) -> io::Result<()> {
        Staging::write(self, relative, contents)
    }

    fn copy(&self, relative: &str, source: &Path) -> io::Result<()> {
        Staging::copy(self, relative, source)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

/// The folder `serve` serves, updated in place: files are held back until `commit` (so a
/// failed rebuild writes nothing), only files whose bytes changed are written, and each is
/// written under a temporary name and renamed, so a request never sees half a file.
pub struct LiveOutput {
    dir: PathBuf,
    /// A hash of every file in the folder, by output path.
    written: Mutex<HashMap<String, u64>>,
    /// Changed files of the current render, not written yet.
    held: Mutex<BTreeMap<String, Vec<u8>>>,
    /// Every output path of the current render, changed or not.
    produced: Mutex<HashSet<String>>,
    /// Files to remove at the next commit.
    removed: Mutex<Vec<String>>,
}

impl LiveOutput {
    pub fn new(dir: impl Into<PathBuf>) -> LiveOutput {
        LiveOutput {
            dir: dir.into(),
            written: Mutex::default(),
            held: Mutex::default(),
            produced: Mutex::default(),
            removed: Mutex::default(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Forgets what the last render held back.
    pub fn discard(&self) {
        lock(&self.held).clear();
        lock(&self.produced).clear();
        lock(&self.removed).clear();
    }

    /// Removes the file at `relative` at the next commit (its page or file is gone).
    pub fn remove(&self, relative: &str) {
        lock(&self.removed).push(format!("/{}", relative.trim_start_matches('/')));
    }

    /// Writes the held files; with `complete` (the render produced the whole site), also
    /// removes the files it did not produce, such as the pages of deleted Markdown files.
    /// Returns the number of files written and removed.
    pub fn commit(&self, complete: bool) -> io::Result<usize> {
        let held = std::mem::take(&mut *lock(&self.held));
        let produced = std::mem::take(&mut *lock(&self.produced));
        let mut written = lock(&self.written);
        let mut count = 0;
        for (relative, contents) in held {
            let path = path_inside(&self.dir, &relative)?;
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            let temporary = path.with_file_name(format!(
                ".{}.loket-tmp",
                path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
            ));
            fs::write(&temporary, &contents)?;
            fs::rename(&temporary, &path)?;
            written.insert(relative, hash(&contents));
            count += 1;
        }
        let mut stale: Vec<String> = std::mem::take(&mut *lock(&self.removed));
        if complete {
            stale.extend(written.keys().filter(|k| !produced.contains(*k)).cloned());
        }
        for relative in stale {
            written.remove(&relative);
            match fs::remove_file(path_inside(&self.dir, &relative)?) {
                Err(err) if err.kind() != io::ErrorKind::NotFound => return Err(err),
                _ => count += 1,
            }
        }
        Ok(count)
    }
}

impl Sink for LiveOutput {
    fn write(&self, relative: &str, contents: &[u8]) -> io::Result<()> {
        let relative = format!("/{}", relative.trim_start_matches('/'));
        path_inside(&self.dir, &relative)?;
        let unchanged = lock(&self.written).get(&relative) == Some(&hash(contents));
        if !unchanged {
            lock(&self.held).insert(relative.clone(), contents.to_vec());
        }
        lock(&self.produced).insert(relative);
        Ok(())
    }

    fn copy(&self, relative: &str, source: &Path) -> io::Result<()> {
        let mut contents = Vec::new();
        io::Read::read_to_end(&mut crate::sitefs::open_regular(source).map_err(refusal_to_io)?, &mut contents)?;
        Sink::write(self, relative, &contents)
    }
}

fn hash(contents: &[u8]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    contents.hash(&mut hasher);
    hasher.finish()
}

/// A poisoned lock only means another thread panicked while holding it; the maps stay usable.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// The output may not be, or contain, the site or its content, and an existing non-empty
/// folder must be one that loket made.
pub fn check_target(root: &Path, target: &Path) -> Result<(), Diagnostic> {
    let absolute = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(p) };
        normalize(&p)
    };
    let given = shown(root, target);
    let root = absolute(root);
    let target = absolute(target);
    let root = root.canonicalize().unwrap_or(root);
    let target = canonicalize_existing_prefix(&target);
    let content = root.join(crate::load::content::CONTENT_DIR);
    let refuse = |why: Text| {
        Err(Diagnostic::error(
            Rule::Output,
            &given,
            Position::START,
            text!("publish-out-refused", folder = &given, why = why),
        )
        .with_hint(text!("publish-out-refused-hint")))
    };
    if root.starts_with(&target) {
        return refuse(text!("publish-out-site"));
    }
    if content.starts_with(&target) || target.starts_with(&content) {
        return refuse(text!("publish-out-content"));
    }
    for folder in [crate::load::theme::STATIC_DIR, crate::load::theme::TEMPLATES_DIR, crate::load::theme::LOCALES_DIR] {
        if target.starts_with(root.join(folder)) {
            return refuse(text!("publish-out-inside", folder = folder));
        }
    }
    if target.is_file() {
        return refuse(text!("publish-out-file"));
    }
    if target.is_dir() && !target.join(MARKER).is_file() {
        let empty = fs::read_dir(&target).map(|mut d| d.next().is_none()).unwrap_or(false);
        if !empty {
            return Err(Diagnostic::error(
                Rule::Output,
                &given,
                Position::START,
                text!("publish-out-not-empty", folder = &given),
            )
            .with_hint(text!("publish-out-not-empty-hint", marker = MARKER)));
        }
    }
    Ok(())
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Canonicalises the longest existing ancestor, so symlinked folders compare correctly.
fn canonicalize_existing_prefix(path: &Path) -> PathBuf {
    let mut existing = path.to_path_buf();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name().map(|n| n.to_os_string()), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => return path.to_path_buf(),
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        out.push(name);
    }
    out
}

fn io_error(root: &Path, path: &Path, what: Text, err: &io::Error) -> Diagnostic {
    let message = text!("publish-io-error", what = what, detail = err.to_string());
    Diagnostic::error(Rule::Output, shown(root, path), Position::START, message)
}

/// `path` as messages show it: relative to the site folder when it lies inside it (as given
/// or with links resolved), else as given.
fn shown(root: &Path, path: &Path) -> PathBuf {
    let below = match path.strip_prefix(root) {
        Ok(below) => below.to_path_buf(),
        Err(_) => {
            let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
            let resolved = canonicalize_existing_prefix(path);
            resolved.strip_prefix(&root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
        }
    };
    if below.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        below
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_the_site_content_and_foreign_folders() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        fs::create_dir_all(root.join("content/nl")).unwrap();
        assert!(check_target(root, root).is_err());
        assert!(check_target(root, root.parent().unwrap()).is_err());
        assert!(check_target(root, &root.join("content")).is_err());
        assert!(check_target(root, &root.join("content/nl/out")).is_err());
        assert!(check_target(root, &root.join("public")).is_ok());
        fs::create_dir_all(root.join("mine")).unwrap();
        fs::write(root.join("mine/notes.txt"), "keep me").unwrap();
        let refused = check_target(root, &root.join("mine")).unwrap_err();
        assert!(refused.message.to_string().contains("loket did not make it. Nothing was written."), "{refused}");
        let dutch = crate::messages::Messages::new(crate::messages::EditorLang::Nl).format(&refused.message);
        assert!(dutch.ends_with("loket heeft hem niet gemaakt. Er is niets geschreven."), "{dutch}");
        fs::write(root.join("mine").join(MARKER), "").unwrap();
        assert!(check_target(root, &root.join("mine")).is_ok());
    }

    #[test]
    fn live_output_writes_only_changes_and_removes_what_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let out = LiveOutput::new(dir.path());
        Sink::write(&out, "/nl/a/index.html", b"a").unwrap();
        Sink::write(&out, "nl/b/index.html", b"b").unwrap();
        assert!(Sink::write(&out, "/../x", b"x").is_err());
        assert!(!dir.path().join("nl/a/index.html").exists(), "held until commit");
        assert_eq!(out.commit(true).unwrap(), 2);
        assert_eq!(fs::read_to_string(dir.path().join("nl/a/index.html")).unwrap(), "a");
        Sink::write(&out, "/nl/a/index.html", b"a").unwrap();
        out.discard();
        Sink::write(&out, "/nl/a/index.html", b"a").unwrap();
        assert_eq!(out.commit(true).unwrap(), 1, "b removed, a unchanged");
        assert!(!dir.path().join("nl/b/index.html").exists());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn exchange_swaps_two_folders_in_one_step() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        fs::create_dir_all(&a).unwrap();
        fs::create_dir_all(&b).unwrap();
        fs::write(a.join("new"), "").unwrap();
        fs::write(b.join("old"), "").unwrap();
        exchange(&a, &b).unwrap();
        assert!(b.join("new").is_file() && a.join("old").is_file());
        assert!(exchange(&a, &dir.path().join("missing")).is_err(), "both must exist");
    }

    #[test]
    fn a_commit_replaces_the_old_output_and_leaves_nothing_beside_it() {
        let site = tempfile::tempdir().unwrap();
        let out = site.path().join("public");
        let first = Staging::begin(site.path(), &out).unwrap();
        first.write("old.html", b"old").unwrap();
        first.commit().unwrap();
        let second = Staging::begin(site.path(), &out).unwrap();
        second.write("new.html", b"new").unwrap();
        second.commit().unwrap();
        assert!(out.join("new.html").is_file() && !out.join("old.html").exists());
        let names: Vec<String> =
            fs::read_dir(site.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["public"]);
    }

    #[test]
    fn unchanged_files_keep_their_modification_time_and_changed_ones_do_not() {
        let site = tempfile::tempdir().unwrap();
        let out = site.path().join("public");
        let asset = site.path().join("doc.pdf");
        fs::write(&asset, "pdf").unwrap();
        let first = Staging::begin(site.path(), &out).unwrap();
        for name in ["same.html", "changed.html"] {
            first.write(name, name.as_bytes()).unwrap();
        }
        first.copy("doc.pdf", &asset).unwrap();
        first.commit().unwrap();
        let long_ago = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
        for name in ["same.html", "changed.html", "doc.pdf", MARKER] {
            fs::File::options().write(true).open(out.join(name)).unwrap().set_modified(long_ago).unwrap();
        }
        let second = Staging::begin(site.path(), &out).unwrap();
        second.write("same.html", b"same.html").unwrap();
        second.write("changed.html", b"new bytes").unwrap();
        second.copy("doc.pdf", &asset).unwrap();
        second.commit().unwrap();
        let modified = |name: &str| fs::metadata(out.join(name)).unwrap().modified().unwrap();
        assert_eq!(modified("same.html"), long_ago);
        assert_eq!(modified("doc.pdf"), long_ago);
        assert_eq!(modified(MARKER), long_ago);
        assert_ne!(modified("changed.html"), long_ago);
        assert_eq!(fs::read_to_string(out.join("changed.html")).unwrap(), "new bytes");
        assert_eq!(fs::read_to_string(out.join("same.html")).unwrap(), "same.html");
        let names: Vec<String> =
            fs::read_dir(site.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert_eq!(names.len(), 2, "the old output is gone: {names:?}");
    }

    #[test]
    fn a_failed_build_leaves_linked_files_of_the_live_output_as_they_were() {
        let site = tempfile::tempdir().unwrap();
        let out = site.path().join("public");
        let first = Staging::begin(site.path(), &out).unwrap();
        first.write("a.html", b"a").unwrap();
        first.commit().unwrap();
        let second = Staging::begin(site.path(), &out).unwrap();
        second.write("a.html", b"a").unwrap();
        drop(second);
        assert_eq!(fs::read_to_string(out.join("a.html")).unwrap(), "a");
    }

    /// The swap of systems without `renameat2`, forced on Linux: the old output stays whole
    /// while the new one is staged and when a build fails; a commit replaces it whole and
    /// leaves nothing beside it, also when a swap cut short left an old output behind.
    #[test]
    fn the_portable_swap_keeps_the_old_output_whole_until_the_new_one_is_complete() {
        let site = tempfile::tempdir().unwrap();
        let out = site.path().join("public");
        let first = Staging::begin(site.path(), &out).unwrap();
        first.write("nl/a.html", b"old a").unwrap();
        first.write("nl/b.html", b"old b").unwrap();
        first.commit_with(false).unwrap();
        let old: Vec<String> =
            ["nl/a.html", "nl/b.html"].iter().map(|f| fs::read_to_string(out.join(f)).unwrap()).collect();
        assert_eq!(old, ["old a", "old b"]);
        let failed = Staging::begin(site.path(), &out).unwrap();
        failed.write("nl/a.html", b"new a").unwrap();
        assert_eq!(fs::read_to_string(out.join("nl/a.html")).unwrap(), "old a", "staged, not live");
        drop(failed);
        assert_eq!(fs::read_to_string(out.join("nl/a.html")).unwrap(), "old a");
        assert_eq!(fs::read_to_string(out.join("nl/b.html")).unwrap(), "old b");
        // A swap cut short between its two moves leaves the old output beside the new one,
        // for the next build to remove (where folders can be locked to tell it from a running
        // build's: not on Windows, whose leftovers stay).
        if cfg!(unix) {
            let cut_short = site.path().join(format!("{}.x.old", staging_prefix("public")));
            fs::create_dir_all(&cut_short).unwrap();
            fs::write(cut_short.join("stale.html"), "stale").unwrap();
        }
        let second = Staging::begin(site.path(), &out).unwrap();
        second.write("nl/a.html", b"new a").unwrap();
        second.write("nl/c.html", b"new c").unwrap();
        second.commit_with(false).unwrap();
        assert_eq!(fs::read_to_string(out.join("nl/a.html")).unwrap(), "new a");
        assert_eq!(fs::read_to_string(out.join("nl/c.html")).unwrap(), "new c");
        assert!(!out.join("nl/b.html").exists() && out.join(MARKER).is_file());
        let names: Vec<String> =
            fs::read_dir(site.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["public"], "no staging or old folder is left");
    }

    #[test]
    fn staging_is_swapped_in_only_on_commit() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        let out = root.join("public");
        let staging = Staging::begin(root, &out).unwrap();
        staging.write("nl/index.html", b"nieuw").unwrap();
        assert!(staging.write("../escape.html", b"x").is_err());
        drop(staging);
        assert!(!out.exists());
        let staging = Staging::begin(root, &out).unwrap();
        staging.write("nl/index.html", b"nieuw").unwrap();
        staging.commit().unwrap();
        assert_eq!(fs::read_to_string(out.join("nl/index.html")).unwrap(), "nieuw");
        assert!(out.join(MARKER).is_file());
    }
}
