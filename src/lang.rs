//! A language of the site as a type: [`Lang`], the code of `site.yaml`'s `languages` (`nl`,
//! `en`), shared rather than copied: cloning one is a reference count, not an allocation, so
//! every page of a language holds the one code `site.yaml` was read into. Also the writing
//! [`Direction`] of a language, from Unicode CLDR data.

use serde::{Serialize, Serializer};
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// A language code, such as `nl`. Compares, hashes and sorts as its text; reads as a `&str`
/// (through `Deref` and `Borrow`, so maps keyed by `Lang` are looked up with a `&str`);
/// templates and JSON see the text.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lang(Arc<str>);

impl Lang {
    pub fn new(code: &str) -> Lang {
        Lang(Arc::from(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Lang {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Lang {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Lang {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Lang {
    fn from(code: &str) -> Lang {
        Lang::new(code)
    }
}

impl From<String> for Lang {
    fn from(code: String) -> Lang {
        Lang(Arc::from(code))
    }
}

impl PartialEq<str> for Lang {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lang {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Lang {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Lang> for str {
    fn eq(&self, other: &Lang) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Lang> for &str {
    fn eq(&self, other: &Lang) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Lang> for String {
    fn eq(&self, other: &Lang) -> bool {
        self == other.as_str()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// The direction a language is written in: `ltr` (Dutch, English) or `rtl` (Arabic,
/// Persian, Hebrew). Templates and JSON see `ltr`/`rtl`, the values of HTML's `dir`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The direction of a language code by its likely script (CLDR, through ICU4X): `ar`,
    /// `fa`, `ckb`, `he`, `ur` are right to left; a code CLDR does not know, or one that is
    /// not a valid BCP 47 tag, is left to right.
    pub fn of(code: &str) -> Direction {
        // The extended set knows every language CLDR has likely scripts for, not only common ones.
        // Made per call: it is a `const fn` over data compiled into the binary, so it costs
        // nothing, and it is not `Sync`, so it cannot be a static.
        let directionality = icu_locale::LocaleDirectionality::new_extended();
        match code.parse::<icu_locale::LanguageIdentifier>() {
            Ok(id) if directionality.is_right_to_left(&id) => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn a_lang_is_its_text_everywhere() {
        let nl = Lang::new("nl");
        assert_eq!(nl.as_str(), "nl");
        assert_eq!(nl, "nl");
        assert_eq!(format!("{nl} {nl:?}"), "nl \"nl\"");
        assert_eq!(serde_json::to_string(&nl).ok().as_deref(), Some("\"nl\""));
        let homes = HashMap::from([(nl.clone(), 1)]);
        assert_eq!(homes.get("nl"), Some(&1), "looked up by &str");
        assert!(Lang::new("en") < nl);
    }

    #[test]
    fn clones_share_the_text() {
        let nl = Lang::new("nl");
        let page = nl.clone();
        assert!(std::ptr::eq(nl.as_str(), page.as_str()));
    }

    #[test]
    fn direction_follows_the_script() {
        for rtl in ["ar", "fa", "fa-AF", "he", "ur", "ckb", "ps", "ar-EG"] {
            assert_eq!(Direction::of(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in ["nl", "en", "fy", "ti", "so", "tr", "uk", "ru", "fr", "az-Latn", "not a tag", ""] {
            assert_eq!(Direction::of(ltr), Direction::Ltr, "{ltr}");
        }
        assert_eq!(Direction::of("pa-Arab"), Direction::Rtl);
        assert_eq!(Direction::Rtl.to_string(), "rtl");
    }
}
