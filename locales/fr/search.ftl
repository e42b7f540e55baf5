# reviewed: no
# loket's built-in theme: every UI string, in French (Français), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with «vous».

search-page-label = Que cherchez-vous ?
search-page-searching = Recherche en cours…
# { $count } and { $query } are filled in by the script.
search-page-count = { $count ->
    [one] { $count } résultat
    [many] { $count } de résultats
   *[other] { $count } résultats
} pour « { $query } »
search-page-none = Aucun résultat pour « { $query } ». Essayez un autre mot.
search-page-failed = La recherche ne fonctionne pas pour le moment. Réessayez plus tard ou utilisez la liste de toutes les pages.
search-page-no-script = La recherche ne fonctionne qu’avec JavaScript. Voici la liste de toutes les pages de ce site.
search-page-sitemap-link = Aller au plan du site
