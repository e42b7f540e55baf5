# reviewed: no
# loket's built-in theme: every UI string, in Ukrainian (Українська), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with the polite «ви».

search-page-label = Що ви шукаєте?
search-page-searching = Пошук…
# { $count } and { $query } are filled in by the script.
search-page-count = За запитом «{ $query }» { $count ->
    [one] знайдено { $count } результат
    [few] знайдено { $count } результати
    [many] знайдено { $count } результатів
   *[other] знайдено результатів: { $count }
}
search-page-none = За запитом «{ $query }» нічого не знайдено. Спробуйте інше слово.
search-page-failed = Пошук зараз не працює. Спробуйте пізніше або скористайтеся списком усіх сторінок.
search-page-no-script = Пошук працює лише з JavaScript. Нижче наведено список усіх сторінок цього вебсайту.
search-page-sitemap-link = Перейти до карти сайту
