//! Slugs: the URL-safe names of files, folders and heading ids (lowercase ASCII letters,
//! digits and `-`), with accents folded rather than dropped.

/// `Wat neemt u mee?` → `wat-neemt-u-mee`; `Één café` → `een-cafe`.
pub fn slugify(text: &str) -> String {
    let folded = deunicode::deunicode(text);
    let mut slug = String::with_capacity(folded.len());
    let mut pending_dash = false;
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.push(c.to_ascii_lowercase());
        } else {
            pending_dash = true;
        }
    }
    slug
}

/// Whether a file or folder name (without `.md`) is a valid slug.
pub fn is_slug(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_collapses_punctuation() {
        assert_eq!(slugify("Wat neemt u mee?"), "wat-neemt-u-mee");
        assert_eq!(slugify("Één café, twee crème-brûlées"), "een-cafe-twee-creme-brulees");
        assert_eq!(slugify("  --Straße 12--  "), "strasse-12");
        assert_eq!(slugify("?!"), "");
    }

    #[test]
    fn slug_names() {
        assert!(is_slug("rust-en-voorbereiding"));
        assert!(!is_slug("Rust en voorbereiding"));
        assert!(!is_slug("café"));
        assert!(!is_slug(""));
    }
}
