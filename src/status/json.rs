//! The JSON form of `loket status`: one pretty-printed object with every list complete (the
//! fields are documented in docs/status.md).

use super::Status;

pub fn render(status: &Status) -> String {
    // Serializing plain structs of strings and numbers cannot fail.
    let mut text = serde_json::to_string_pretty(status).unwrap_or_default();
    text.push('\n');
    text
}
