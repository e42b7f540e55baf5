//! Records the commit loket is built from, for `loket --version`: `abc1234 2026-12-07`.
//!
//! In a git checkout git is asked (and the build reruns when HEAD or the branch moves). Where
//! there is no `.git` (a crate package, a wheel built from the sdist) or git cannot answer, the
//! variable `LOKET_COMMIT` is used (`<hash> [<date>]`, as the release workflow sets it); without
//! it the commit is `unknown commit`. Never fails the build.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=LOKET_COMMIT");
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let commit = dir
        .join(".git")
        .exists()
        .then(|| from_git(&dir))
        .flatten()
        .or_else(from_env)
        .unwrap_or_else(|| "unknown commit".to_owned());
    println!("cargo:rustc-env=LOKET_COMMIT_INFO={commit}");
}

/// `git -C dir ARGS`, trimmed; `None` if git is missing, fails or prints nothing.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git").arg("-C").arg(dir).args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?.trim().to_owned();
    (out.status.success() && !text.is_empty()).then_some(text)
}

fn from_git(dir: &Path) -> Option<String> {
    let hash = git(dir, &["rev-parse", "--short=7", "HEAD"])?;
    let date = git(dir, &["log", "-1", "--format=%cd", "--date=short"])?;
    // Rerun when HEAD is switched or its branch moves. A branch whose ref is only in
    // packed-refs gets a loose file at its next commit: then its folder changes.
    let path = |name: &str| git(dir, &["rev-parse", "--git-path", name]).map(|p| dir.join(p));
    let mut watch: Vec<PathBuf> = ["HEAD", "packed-refs"].into_iter().filter_map(path).collect();
    if let Some(branch) = git(dir, &["symbolic-ref", "-q", "HEAD"]).and_then(|name| path(&name)) {
        watch.extend(if branch.exists() { Some(branch) } else { branch.parent().map(Path::to_path_buf) });
    }
    for path in watch.iter().filter(|p| p.exists()) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    Some(format!("{hash} {date}"))
}

fn from_env() -> Option<String> {
    let value = std::env::var("LOKET_COMMIT").ok()?;
    let mut words = value.split_whitespace();
    let hash = words.next()?;
    let hash = if hash.len() > 7 && hash.bytes().all(|b| b.is_ascii_hexdigit()) { &hash[..7] } else { hash };
    Some(words.fold(hash.to_owned(), |all, word| all + " " + word))
}
