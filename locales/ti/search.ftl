# reviewed: no
# loket's built-in theme: every UI string, in Tigrinya (ትግርኛ), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with the polite plural forms.

search-page-label = እንታይ ትደልዩ ኣለኹም?
search-page-searching = ይድለ ኣሎ…
# { $count } and { $query } are filled in by the script.
search-page-count = «{ $query }»: { $count ->
    [one] { $count } ውጽኢት
   *[other] { $count } ውጽኢታት
}
search-page-none = ን«{ $query }» ዝኾነ ውጽኢት የለን። ካልእ ቃል ፈትኑ።
search-page-failed = ምድላይ ሕጂ ኣይሰርሕን ዘሎ። ጸኒሕኩም ደጊምኩም ፈትኑ፣ ወይ ነቲ ዝርዝር ኩሎም ገጻት ተጠቐሙ።
search-page-no-script = ምድላይ ብJavaScript ጥራይ እዩ ዝሰርሕ። ኣብ ታሕቲ ዝርዝር ኩሎም ገጻት ናይዚ መርበብ ሓበሬታ ኣሎ።
search-page-sitemap-link = ናብ ካርታ መርበብ ሓበሬታ ኺዱ
