# reviewed: no
# loket's built-in theme: every UI string, in Turkish (Türkçe), translated from locales/en/
# by someone who is not a native speaker. Until a native speaker has checked every message
# and changed the first line to `# reviewed: yes`, `loket status` reports the language as
# unreviewed. Keep the keys in the order of locales/en/; see docs/theme.md and docs/languages.md.
# Plain language (B1), short sentences. Address the reader with the polite «siz».

## Dates, used by the engine: "29 November 2026"

date-format = { $day } { $month } { $year }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

## Header, menus and footer

skip-link = İçeriğe geç
menu-toggle = Menü
main-nav-label = Ana menü
footer-nav-label = Bu web sitesi hakkında
# Before the helpdesk's phone number in the footer (from data/contact.yaml).
footer-helpdesk = Yardım masası:
breadcrumb-label = Buradasınız
language-switcher-label = Dil
# Shown in English on a page of another language that has no English translation.
# $title: the title of the English page the link goes to instead.
not-translated = Bu sayfa Türkçe olarak mevcut değil. Bağlantı şu sayfaya gider: { $title }.
# The search form: shown only when the site has a search page.
search-label = Bu web sitesinde arayın
search-button = Ara

# The title of the link to a section's Atom feed in the page's <head>.
feed-title = { $section } – { $site }

## The site-wide notice (site.yaml: alert), before its text

alert-notification-label = Lütfen dikkat:
alert-error-label = Arıza:

## Pages

# Above the list of headings on a long page.
toc-label = Bu sayfada
# Above the cards of the pages in a section.
section-children = Bu bölümde
# Above the cards on the home page.
home-featured = Konular
# Above the list of the home's other pages, after the cards.
home-more = Bu web sitesinde daha fazlası
# On a card: the date of the page.
published = Yayın tarihi: { $date }
# A quotation, with the quotation marks of the language.
quoted = “{ $text }”
# The link on a story card. $name: the first name of the person in the story.
story-read = Hikâyeyi okuyun: { $name }
last-changed = Son değişiklik: { $date }

## Topics (site.yaml: topics)

# The title of the overview of all topics; its description (for search engines and cards).
topics-title = Konular
topics-description = Bu web sitesinin tüm konuları ve her konuyla ilgili sayfalar.
# Above the cards on the topics overview.
topics-all = Tüm konular
# The description of a topic's page. $topic: the topic's label.
topic-description = Şu konuyla ilgili sayfalar: { $topic }.
# Above the list on a topic's page. $count: how many pages.
topic-pages = { $count ->
    [one] Bu konuyla ilgili { $count } sayfa
   *[other] Bu konuyla ilgili { $count } sayfa
}
topic-empty = Bu konuyla ilgili henüz sayfa yok.
# Above the links to a page's topics, after its text.
page-topics = Bu sayfanın konuları
# After a menu link to another website, visible.
external-link = harici web sitesi

## Page not found, language choice, moved pages

not-found-title = Sayfa bulunamadı
not-found-text = Bu sayfa yok veya artık yok. Adresi değişmiş olabilir.
not-found-help = Adresi kendiniz mi yazdınız? O zaman adresin doğru olup olmadığını kontrol edin. Yukarıdaki menüyü de kullanabilirsiniz.
not-found-home = Ana sayfaya gidin: { $site }
choose-language = Türkçe sürüme gidin: { $site }
moved-title = Bu sayfa taşındı
moved-text = Bu sayfa artık başka bir adreste. Otomatik olarak yönlendirilmezseniz bu bağlantıyı kullanın:

## In page bodies, written by the engine

# The heading above a page's footnotes.
body-footnotes = Dipnotlar
# The label of the link from a footnote back to where it is used in the text.
body-footnote-back = Metindeki { $number } numaralı dipnota geri dönün
# The name of the scrollable area around a table, for screen readers.
body-table = Tablo { $number }
# After a link to a page in English on a page in another language, in English.
body-link-language = (Türkçe)

## Components (shortcodes)

notice-info = Bilmeniz iyi olur
notice-warning = Uyarı
notice-important = Önemli
video-captions = Altyazılar
# After a link to a site in a language this site does not have.
link-language-other = (başka bir dilde)
video-transcript = Bu videonun yazılı metnini okuyun
