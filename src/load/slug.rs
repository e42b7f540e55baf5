//! Slugs: the URL-safe names of files, folders and footnotes (lowercase ASCII letters, digits
//! and `-`, accents folded rather than dropped), and heading ids, which keep the letters of
//! a heading's own script when it is not Latin (`طلب-اللجوء`).

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use unicode_script::{Script, UnicodeScript};

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

/// The id of a heading: Latin text as [`slugify`] makes it (`Wat neemt u mee?` →
/// `wat-neemt-u-mee`), the letters, marks and digits of other scripts kept as written,
/// lowercased where the script has case (`## طلب اللجوء` → `طلب-اللجوء`, `Права` → `права`),
/// as GitHub and Zola make ids. The text is normalised to NFC and its format characters
/// (zero-width joiners, bidi controls, soft hyphens) dropped, so that what an author sees is
/// what the id holds; anything else between words becomes one `-`.
pub fn heading_slug(text: &str) -> String {
    let text: String = text.nfc().filter(|&c| !is_format(c)).collect();
    if !text.chars().any(is_kept_letter) {
        // Latin (and symbols only): the ids headings have always had.
        return slugify(&text);
    }
    let mut slug = String::with_capacity(text.len());
    // A run of kept letters, lowercased as a whole (the Greek final sigma depends on it), and
    // a run of other text, folded as `slugify` folds it.
    let mut kept = String::new();
    let mut other = String::new();
    for c in text.chars() {
        let keep = is_kept_letter(c) || (!kept.is_empty() && is_combining_mark(c));
        if keep {
            if !other.is_empty() {
                push_other(&mut slug, &other);
                other.clear();
            }
            kept.push(c);
        } else {
            if !kept.is_empty() {
                slug.push_str(&kept.to_lowercase());
                kept.clear();
            }
            other.push(c);
        }
    }
    slug.push_str(&kept.to_lowercase());
    if !other.is_empty() {
        push_other(&mut slug, &other);
    }
    slug.trim_end_matches('-').to_string()
}

/// Appends a run of text between kept letters: its Latin words slugified, with a `-` on each
/// side where the run had anything that is not a letter or digit (`COVID-19 في` → `covid-19-في`).
fn push_other(slug: &mut String, other: &str) {
    let folded = slugify(other);
    let starts_apart = !other.chars().next().is_some_and(|c| c.is_alphanumeric());
    let ends_apart = !other.chars().last().is_some_and(|c| c.is_alphanumeric());
    if !slug.is_empty() && !slug.ends_with('-') && (starts_apart || folded.is_empty()) {
        slug.push('-');
    }
    slug.push_str(&folded);
    if !folded.is_empty() && ends_apart {
        slug.push('-');
    }
}

/// A letter or digit of a script other than Latin (a script with its own letters: Arabic,
/// Cyrillic, Ethiopic, Han, ...), or a mark that belongs to one (Devanagari vowel signs).
fn is_kept_letter(c: char) -> bool {
    !c.is_ascii()
        && (c.is_alphanumeric() || is_combining_mark(c))
        && !matches!(c.script(), Script::Latin | Script::Common | Script::Inherited | Script::Unknown)
}

/// Characters of the Unicode category Cf (format): invisible, they only steer how text is
/// shown (joiners, bidi marks and isolates, the soft hyphen, the byte order mark, tags).
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{890}'..='\u{891}'
            | '\u{8e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
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
    fn latin_headings_keep_the_ids_they_had() {
        for text in [
            "Wat neemt u mee?",
            "Één café, twee crème-brûlées",
            "  --Straße 12--  ",
            "Kosten in € en ½ uur",
            "Ağustos'ta başvuru: İzmir",
            "Łódź ² ①",
            "`code` en één",
            "?!",
        ] {
            assert_eq!(heading_slug(text), slugify(text), "{text}");
        }
        assert_eq!(heading_slug("Ağustos'ta başvuru"), "agustos-ta-basvuru");
    }

    #[test]
    fn headings_in_other_scripts_keep_their_letters() {
        // Arabic; Persian with a zero-width non-joiner inside a word; Cyrillic and Greek
        // lowercased (the final sigma as in running text); Tigrinya (Ethiopic, with its own
        // word space ፡ and full stop ።).
        assert_eq!(heading_slug("طلب اللجوء"), "طلب-اللجوء");
        assert_eq!(heading_slug("درخواست پناهندگی: می\u{200c}خواهم"), "درخواست-پناهندگی-میخواهم");
        assert_eq!(heading_slug("Права и обязанности"), "права-и-обязанности");
        assert_eq!(heading_slug("ΑΙΤΗΣΗ ΑΣΥΛΟΥ ΚΑΙ ΟΡΟΣ"), "αιτηση-ασυλου-και-ορος");
        assert_eq!(heading_slug("ናይ ዑቕባ ሕቶ።"), "ናይ-ዑቕባ-ሕቶ");
        assert_eq!(heading_slug("ናይ፡ዑቕባ"), "ናይ-ዑቕባ");
        // Arabic-Indic digits and vowel marks are kept as written.
        assert_eq!(heading_slug("المادة ٣"), "المادة-٣");
        assert_eq!(heading_slug("طَلَب"), "طَلَب");
        assert_eq!(heading_slug("हिन्दी भाषा"), "हिन्दी-भाषा");
    }

    #[test]
    fn mixed_headings_join_their_parts_with_one_dash() {
        assert_eq!(heading_slug("COVID-19 في هولندا"), "covid-19-في-هولندا");
        assert_eq!(heading_slug("IND – دائرة الهجرة (Nederland)"), "ind-دائرة-الهجرة-nederland");
        assert_eq!(heading_slug("Формуляр M35-H"), "формуляр-m35-h");
        assert_eq!(heading_slug("«Дублин»?"), "дублин");
        assert_eq!(heading_slug("Café Москва"), "cafe-москва");
        assert_eq!(heading_slug("abcдеф"), "abcдеф");
    }

    #[test]
    fn normalisation_and_invisible_characters_do_not_change_an_id() {
        // NFD (Cyrillic й as и + breve) gives the NFC id; bidi controls and joiners vanish.
        assert_eq!(heading_slug("Приём и\u{306}"), heading_slug("Приём й"));
        assert_eq!(heading_slug("\u{202b}طلب اللجوء\u{202c}"), "طلب-اللجوء");
        assert_eq!(heading_slug("\u{2067}طلب\u{2069} \u{200f}اللجوء\u{feff}"), "طلب-اللجوء");
        assert_eq!(heading_slug("\u{200b}\u{2066}"), "");
        assert_eq!(heading_slug("ر\u{ad}سالة"), "رسالة");
    }

    #[test]
    fn slug_names() {
        assert!(is_slug("rust-en-voorbereiding"));
        assert!(!is_slug("Rust en voorbereiding"));
        assert!(!is_slug("café"));
        assert!(!is_slug(""));
    }
}
