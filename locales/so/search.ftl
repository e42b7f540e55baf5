# reviewed: no
# loket's built-in theme: every UI string, in Somali (Soomaali), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader directly (Somali has no polite form).

search-page-label = Maxaad raadinaysaa?
search-page-searching = Waa la raadinayaa…
# { $count } and { $query } are filled in by the script.
search-page-count = “{ $query }”: { $count ->
    [one] { $count } natiijo
   *[other] { $count } natiijo
}
search-page-none = Natiijo looma helin “{ $query }”. Isku day eray kale.
search-page-failed = Raadintu hadda ma shaqaynayso. Mar dambe isku day, ama isticmaal liiska dhammaan bogagga.
search-page-no-script = Raadintu waxay ku shaqaysaa JavaScript oo keliya. Hoos waxaa ku yaal liiska dhammaan bogagga websaydkan.
search-page-sitemap-link = Tag khariidadda websaydka
