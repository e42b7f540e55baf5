## loket's own messages: config (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/config.ftl.

## editor_language
config-editor-language-unknown = loket spreekt Nederlands en Engels, niet ‘{ $value }’.
config-editor-language-unknown-hint = Schrijf `editor_language: nl` voor Nederlands of `editor_language: en` voor Engels.
