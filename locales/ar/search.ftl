# reviewed: no
# loket's built-in theme: every UI string, in Arabic (العربية), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader directly; plain Modern Standard Arabic.

search-page-label = ما الذي تبحث عنه؟
search-page-searching = جارٍ البحث…
# { $count } and { $query } are filled in by the script.
search-page-count = نتائج البحث عن «{ $query }»: { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count }
}
search-page-none = لا توجد نتائج للبحث عن «{ $query }». جرّب كلمة أخرى.
search-page-failed = البحث لا يعمل الآن. حاول مرة أخرى لاحقًا أو استخدم قائمة جميع الصفحات.
search-page-no-script = يعمل البحث مع JavaScript فقط. توجد أدناه قائمة بجميع صفحات هذا الموقع.
search-page-sitemap-link = اذهب إلى خريطة الموقع
