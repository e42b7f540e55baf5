# reviewed: no
# loket's built-in theme: every UI string, in Russian (Русский), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with the polite «вы».

search-page-label = Что вы ищете?
search-page-searching = Идёт поиск…
# { $count } and { $query } are filled in by the script.
search-page-count = По запросу «{ $query }» { $count ->
    [one] найден { $count } результат
    [few] найдено { $count } результата
    [many] найдено { $count } результатов
   *[other] найдено результатов: { $count }
}
search-page-none = По запросу «{ $query }» ничего не найдено. Попробуйте другое слово.
search-page-failed = Поиск сейчас не работает. Попробуйте позже или воспользуйтесь списком всех страниц.
search-page-no-script = Поиск работает только с JavaScript. Ниже приведён список всех страниц этого сайта.
search-page-sitemap-link = Перейти к карте сайта
