//! Rendering: Markdown bodies to HTML (`markdown`), Tera templates and page contexts
//! (`templates`), Fluent UI strings (`i18n`) and the built-in theme's files (`theme`).

pub mod i18n;
pub mod markdown;
pub mod templates;
pub mod theme;
