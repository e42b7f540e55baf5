# reviewed: no
# loket's built-in theme: every UI string, in Persian (فارسی), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with the polite «شما».

## Dates, used by the engine: "29 November 2026"

date-format = { $day } { $month } { $year }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر

## Header, menus and footer

skip-link = رفتن به محتوا
menu-toggle = منو
main-nav-label = منوی اصلی
footer-nav-label = دربارهٔ این وب‌سایت
# Before the helpdesk's phone number in the footer (from data/contact.yaml).
footer-helpdesk = مرکز پاسخگویی:
breadcrumb-label = شما اینجا هستید
language-switcher-label = زبان
# Shown in English on a page of another language that has no English translation.
# $title: the title of the English page the link goes to instead.
not-translated = این صفحه به فارسی در دسترس نیست. این پیوند به این صفحه می‌رود: { $title }.
# The search form: shown only when the site has a search page.
search-label = جستجو در این وب‌سایت
search-button = جستجو

# The title of the link to a section's Atom feed in the page's <head>.
feed-title = { $section } از { $site }

## The site-wide notice (site.yaml: alert), before its text

alert-notification-label = لطفاً توجه کنید:
alert-error-label = اختلال:

## Pages

# Above the list of headings on a long page.
toc-label = در این صفحه
# Above the cards of the pages in a section.
section-children = در این بخش
# Above the cards on the home page.
home-featured = موضوع‌ها
# Above the list of the home's other pages, after the cards.
home-more = مطالب بیشتر در این وب‌سایت
# On a card: the date of the page.
published = منتشرشده در { $date }
# A quotation, with the quotation marks of the language.
quoted = «{ $text }»
# The link on a story card. $name: the first name of the person in the story.
story-read = داستان { $name } را بخوانید
last-changed = آخرین تغییر در { $date }

## Topics (site.yaml: topics)

# The title of the overview of all topics; its description (for search engines and cards).
topics-title = موضوع‌ها
topics-description = همهٔ موضوع‌های این وب‌سایت، همراه با صفحه‌های هر موضوع.
# Above the cards on the topics overview.
topics-all = همهٔ موضوع‌ها
# The description of a topic's page. $topic: the topic's label.
topic-description = صفحه‌هایی دربارهٔ موضوع { $topic }.
# Above the list on a topic's page. $count: how many pages.
topic-pages = { $count ->
    [one] { $count } صفحه دربارهٔ این موضوع
   *[other] { $count } صفحه دربارهٔ این موضوع
}
topic-empty = هنوز صفحه‌ای دربارهٔ این موضوع وجود ندارد.
# Above the links to a page's topics, after its text.
page-topics = موضوع‌های این صفحه
# After a menu link to another website, visible.
external-link = وب‌سایت خارجی

## Page not found, language choice, moved pages

not-found-title = صفحه پیدا نشد
not-found-text = این صفحه وجود ندارد (یا دیگر وجود ندارد). شاید نشانی آن تغییر کرده است.
not-found-help = آیا نشانی را خودتان نوشتید؟ پس بررسی کنید که درست باشد. همچنین می‌توانید از منوی بالا استفاده کنید.
not-found-home = رفتن به صفحهٔ اصلی { $site }
choose-language = رفتن به { $site } به زبان فارسی
moved-title = این صفحه منتقل شده است
moved-text = این صفحه اکنون در نشانی دیگری است. اگر به‌طور خودکار به آنجا نمی‌روید، این پیوند را دنبال کنید:

## In page bodies, written by the engine

# The heading above a page's footnotes.
body-footnotes = پانویس‌ها
# The label of the link from a footnote back to where it is used in the text.
body-footnote-back = بازگشت به پانویس { $number } در متن
# The name of the scrollable area around a table, for screen readers.
body-table = جدول { $number }
# After a link to a page in English on a page in another language, in English.
body-link-language = (به فارسی)

## Components (shortcodes)

notice-info = خوب است بدانید
notice-warning = هشدار
notice-important = مهم
video-captions = زیرنویس
# After a link to a site in a language this site does not have.
link-language-other = (به زبانی دیگر)
video-transcript = متن این ویدیو را بخوانید
