# reviewed: no
# loket's built-in theme: every UI string, in Arabic (العربية), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader directly; plain Modern Standard Arabic.

## Dates, used by the engine: "29 November 2026"

date-format = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Header, menus and footer

skip-link = انتقل إلى المحتوى
menu-toggle = القائمة
main-nav-label = القائمة الرئيسية
footer-nav-label = عن هذا الموقع
# Before the helpdesk's phone number in the footer (from data/contact.yaml).
footer-helpdesk = مكتب المساعدة:
breadcrumb-label = أنت هنا
language-switcher-label = اللغة
# Shown in English on a page of another language that has no English translation.
# $title: the title of the English page the link goes to instead.
not-translated = هذه الصفحة غير متوفرة باللغة العربية. يؤدي الرابط إلى: { $title }.
# The search form: shown only when the site has a search page.
search-label = ابحث في هذا الموقع
search-button = بحث

# The title of the link to a section's Atom feed in the page's <head>.
feed-title = { $section } من { $site }

## The site-wide notice (site.yaml: alert), before its text

alert-notification-label = يُرجى الانتباه:
alert-error-label = عطل:

## Pages

# Above the list of headings on a long page.
toc-label = في هذه الصفحة
# Above the cards of the pages in a section.
section-children = في هذا القسم
# Above the cards on the home page.
home-featured = المواضيع
# Above the list of the home's other pages, after the cards.
home-more = المزيد على هذا الموقع
# On a card: the date of the page.
published = نُشر في { $date }
# A quotation, with the quotation marks of the language.
quoted = «{ $text }»
# The link on a story card. $name: the first name of the person in the story.
story-read = اقرأ قصة { $name }
last-changed = آخر تعديل في { $date }

## Topics (site.yaml: topics)

# The title of the overview of all topics; its description (for search engines and cards).
topics-title = المواضيع
topics-description = جميع مواضيع هذا الموقع، مع الصفحات الخاصة بكل موضوع.
# Above the cards on the topics overview.
topics-all = جميع المواضيع
# The description of a topic's page. $topic: the topic's label.
topic-description = صفحات عن موضوع { $topic }.
# Above the list on a topic's page. $count: how many pages.
topic-pages = { $count ->
    [zero] لا توجد صفحات عن هذا الموضوع
    [one] صفحة واحدة عن هذا الموضوع
    [two] صفحتان عن هذا الموضوع
    [few] { $count } صفحات عن هذا الموضوع
    [many] { $count } صفحة عن هذا الموضوع
   *[other] { $count } صفحة عن هذا الموضوع
}
topic-empty = لا توجد صفحات عن هذا الموضوع بعد.
# Above the links to a page's topics, after its text.
page-topics = مواضيع هذه الصفحة
# After a menu link to another website, visible.
external-link = موقع خارجي

## Page not found, language choice, moved pages

not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة أو لم تعد موجودة. ربما تغيّر عنوانها.
not-found-help = هل كتبت العنوان بنفسك؟ تحقّق إذن من أنه صحيح. يمكنك أيضًا استخدام القائمة في الأعلى.
not-found-home = اذهب إلى الصفحة الرئيسية لموقع { $site }
choose-language = اذهب إلى { $site } باللغة العربية
moved-title = نُقلت هذه الصفحة
moved-text = هذه الصفحة موجودة الآن على عنوان آخر. إذا لم يتم نقلك إليه تلقائيًا، فاتبع هذا الرابط:

## In page bodies, written by the engine

# The heading above a page's footnotes.
body-footnotes = الحواشي
# The label of the link from a footnote back to where it is used in the text.
body-footnote-back = العودة إلى الحاشية { $number } في النص
# The name of the scrollable area around a table, for screen readers.
body-table = الجدول { $number }
# After a link to a page in English on a page in another language, in English.
body-link-language = (بالعربية)

## Components (shortcodes)

notice-info = من المفيد أن تعرف
notice-warning = تحذير
notice-important = مهم
video-captions = الترجمة النصية
# After a link to a site in a language this site does not have.
link-language-other = (بلغة أخرى)
video-transcript = اقرأ النص المكتوب لهذا الفيديو
