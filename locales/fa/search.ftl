# reviewed: no
# loket's built-in theme: every UI string, in Persian (فارسی), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with the polite «شما».

search-page-label = دنبال چه می‌گردید؟
search-page-searching = در حال جستجو…
# { $count } and { $query } are filled in by the script.
search-page-count = { $count ->
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
} برای «{ $query }»
search-page-none = نتیجه‌ای برای «{ $query }» پیدا نشد. واژهٔ دیگری را امتحان کنید.
search-page-failed = جستجو در حال حاضر کار نمی‌کند. بعداً دوباره امتحان کنید یا از فهرست همهٔ صفحه‌ها استفاده کنید.
search-page-no-script = جستجو فقط با جاوااسکریپت کار می‌کند. در پایین فهرست همهٔ صفحه‌های این وب‌سایت آمده است.
search-page-sitemap-link = رفتن به نقشهٔ سایت
