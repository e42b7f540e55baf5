## loket's own messages, shared by every part (see src/messages.rs). Every message here has
## its twin, with the same arguments, in messages/en/common.ftl.

severity-error = fout

lang-unknown = loket spreekt Nederlands (nl) en Engels (en), niet ‘{ $value }’ (uit { $source }).

summary-errors = { $count ->
    [one] { $count } fout
   *[other] { $count } fouten
}

# For text not yet moved into these files; goes when every message is here.
untranslated = { $words }
