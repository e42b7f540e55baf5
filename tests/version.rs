//! `loket --version` names the version and the commit it was built from.

mod common;

use common::loket;

#[test]
fn version_names_the_version_and_the_commit() {
    for flag in ["--version", "-V"] {
        let (code, stdout, _) = loket(&[flag]);
        assert_eq!(code, 0);
        let line = stdout.trim_end();
        let rest =
            line.strip_prefix(&format!("loket {} (", env!("CARGO_PKG_VERSION"))).unwrap_or_else(|| panic!("{line}"));
        let commit = rest.strip_suffix(')').unwrap_or_else(|| panic!("{line}"));
        // `abc1234 2026-12-07` from git or the release workflow; `unknown commit` without both.
        let hash = commit.split(' ').next().unwrap();
        let hash_like = hash.len() >= 7 && hash.bytes().all(|b| b.is_ascii_hexdigit());
        assert!(hash_like || commit == "unknown commit", "{line}");
    }
}

/// In this repository the commit is git's own HEAD.
#[test]
fn in_a_git_checkout_the_commit_is_head() {
    let root = env!("CARGO_MANIFEST_DIR");
    let head = std::process::Command::new("git").args(["-C", root, "rev-parse", "--short=7", "HEAD"]).output();
    let Some(head) = head.ok().filter(|out| out.status.success()) else { return };
    let head = String::from_utf8(head.stdout).unwrap();
    let (_, stdout, _) = loket(&["--version"]);
    assert!(stdout.contains(&format!("({} ", head.trim())), "{stdout} vs HEAD {head}");
}

/// The install lines of the README and of the editors' handbook (Dutch and English) download
/// from the repository that Cargo.toml names, which is where the release workflow publishes.
#[test]
fn every_install_page_downloads_from_the_repository_of_the_releases() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let repository = env!("CARGO_PKG_REPOSITORY");
    for page in ["README.md", "docs/handbook/nl/installeren.md", "docs/handbook/en/install.md"] {
        let text = std::fs::read_to_string(root.join(page)).unwrap();
        for installer in ["loket-installer.sh", "loket-installer.ps1"] {
            let url = format!("{repository}/releases/latest/download/{installer}");
            assert!(text.contains(&url), "{page} does not give {url}");
        }
        assert!(text.contains("pip install loket") && text.contains("loket --version"), "{page}");
    }
}
