# reviewed: no
# loket's built-in theme: every UI string, in Turkish (Türkçe), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with the polite «siz».

search-page-label = Ne arıyorsunuz?
search-page-searching = Aranıyor…
# { $count } and { $query } are filled in by the script.
search-page-count = ‘{ $query }’ için { $count ->
    [one] { $count } sonuç
   *[other] { $count } sonuç
}
search-page-none = ‘{ $query }’ için sonuç yok. Başka bir kelime deneyin.
search-page-failed = Arama şu anda çalışmıyor. Daha sonra tekrar deneyin veya tüm sayfaların listesini kullanın.
search-page-no-script = Arama yalnızca JavaScript ile çalışır. Aşağıda bu web sitesindeki tüm sayfaların listesi var.
search-page-sitemap-link = Site haritasına gidin
