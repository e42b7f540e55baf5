//! Helpers for the integration tests: build a fixture site into a temporary folder and read
//! what it wrote.
#![allow(dead_code)]

use loket::diagnostics::Diagnostics;
use loket::publish::build::{build, BuildOptions, BuildReport};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path)
}

/// A built site in a temporary folder that lives as long as this value.
pub struct Built {
    pub dir: tempfile::TempDir,
    pub report: BuildReport,
}

impl Built {
    pub fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    /// The text of an output file, such as `nl/index.html`.
    pub fn read(&self, path: &str) -> String {
        let file = self.out().join(path);
        std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()))
    }

    pub fn exists(&self, path: &str) -> bool {
        self.out().join(path).exists()
    }
}

pub fn build_at(root: &Path, tweak: impl FnOnce(&mut BuildOptions)) -> Result<Built, Diagnostics> {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut options = BuildOptions::new(root);
    options.out = Some(dir.path().join("public"));
    tweak(&mut options);
    build(&options).map(|report| Built { dir, report })
}

pub fn build_fixture(name: &str) -> Built {
    match build_at(&fixture(name), |_| {}) {
        Ok(built) => built,
        Err(problems) => panic!("{name} should build, but:\n{}", render(&problems)),
    }
}

/// The findings as the command line prints them, one per line, hints included.
pub fn render(problems: &Diagnostics) -> String {
    problems.sorted().iter().map(|d| format!("{d}\n")).collect()
}

/// Copies a fixture into a temporary folder so a test can change it.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    copy_dir(&fixture(name), dir.path());
    dir
}

/// Copies a folder: symbolic links as links (never what they point to), regular files as
/// files; named pipes and other special files are left out (reading one would wait forever).
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
        let kind = entry.file_type();
        if kind.is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else if kind.is_symlink() {
            let link = std::fs::read_link(entry.path()).expect("read link");
            #[cfg(unix)]
            std::os::unix::fs::symlink(link, &target).expect("symlink");
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Whether `path` is a regular file (not a link, pipe or device), so reading it returns.
pub fn is_regular_file(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file())
}

/// Every file below `dir` with its bytes, for comparing two builds.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().display().to_string(), std::fs::read(e.path()).unwrap()))
        .collect();
    files.sort();
    files
}

/// The variables that choose the editor's language: cleared for every run of the binary, so
/// that a test reads English unless it sets one.
pub const LANG_VARS: [&str; 4] = ["LOKET_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

/// Runs the loket binary with `args`, in English (no language variables set): its exit code
/// (-1 when killed), stdout and stderr.
pub fn loket(args: &[&str]) -> (i32, String, String) {
    loket_with(args, &[])
}

/// Runs the loket binary with `args` and these environment variables (the language ones
/// cleared first).
pub fn loket_with(args: &[&str], vars: &[(&str, &str)]) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_loket"));
    command.args(args);
    for name in LANG_VARS {
        command.env_remove(name);
    }
    command.envs(vars.iter().copied());
    let output = command.output().expect("run loket");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
