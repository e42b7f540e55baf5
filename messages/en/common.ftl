## loket's own messages, shared by every part (see src/messages.rs). Every message here has
## its twin, with the same arguments, in messages/nl/common.ftl.

severity-error = error

lang-unknown = loket speaks Dutch (nl) and English (en), not “{ $value }” (from { $source }).

summary-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}

severity-warning = warning

summary-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}

## The example words `loket new` writes into a new page, in the page's language; the
## `placeholder-text` check (src/checks/placeholders.rs) finds them when left untouched.
placeholder-description = Describe in one sentence what this page is about.
placeholder-body = Write the text of the page here.
placeholder-text-description = The description is still the example text of loket new. Search engines and link previews show it to readers.
placeholder-text-description-hint = Replace it with one sentence that says what this page is about.
placeholder-text-body = The page still holds the example text of loket new. Readers would see it on the page.
placeholder-text-body-hint = Replace that sentence with the text of the page.

