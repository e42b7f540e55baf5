## loket's own messages, shared by every part (see src/messages.rs). Every message here has
## its twin, with the same arguments, in messages/nl/common.ftl.

severity-error = error

lang-unknown = loket speaks Dutch (nl) and English (en), not “{ $value }” (from { $source }).

summary-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}

# For text not yet moved into these files; goes when every message is here.
untranslated = { $words }
