## loket's own messages: config (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/nl/config.ftl.

## editor_language
config-editor-language-unknown = loket speaks Dutch and English, not “{ $value }”.
config-editor-language-unknown-hint = Write `editor_language: nl` for Dutch or `editor_language: en` for English.
