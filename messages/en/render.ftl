## loket's own messages: render (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/nl/render.ftl.

## Links and images in a page (markdown/links.rs)

md-link-no-destination = This link leads nowhere: there is nothing between the brackets ( ).
md-link-no-destination-hint = Write between the brackets where the link leads, for example: { $page_lang ->
    [nl] [Kosten](kosten.md)
    [en] [Costs](costs.md)
   *[other] […](….md)
}
md-link-unsafe = A link cannot start with `{ $scheme }:`. Such a link can run code or hide where it leads.
md-link-unsafe-hint = Link to a page, to a file, or to an address that starts with https:, http:, mailto: or tel:.
md-link-outside = `{ $dest }` leads outside the content folder.
md-link-outside-hint = Link to a page by its path inside content/, and to a file in static/ with /path.
md-link-page-not-image = `{ $dest }` is a page, not an image.
md-link-page-not-image-hint = Write the file name of the image, for example: { $page_lang ->
    [nl] ![Kaart met de route](kaart.png)
    [en] ![Map of the route](map.png)
   *[other] ![…](….png)
}
md-link-broken = The link `{ $dest }` leads nowhere: content/{ $target } does not exist.
md-link-to-draft = That page is a draft. It is only built with --drafts.
md-link-did-you-mean = Did you mean `{ $link }`?
md-link-add-md = Did you mean `{ $link }`? A link to a page names its .md file.
md-link-relative-paths = A path starts in the folder of this page: `../x.md` goes one folder up, and `_index.md` is the page of a folder itself.
md-link-to-page-or-file = Link to another page by its .md file, or to a file next to this page.
md-link-web-address = `{ $dest }` looks like a web address. Without https:// in front, loket looks for a file of the site.
md-link-web-address-hint = Write the whole address: `{ $url }`
md-link-missing-image = The image `{ $dest }` does not exist: loket looked for content/{ $target }.
md-link-missing-image-hint = Put the image next to the page and write its file name, or write /path for a file in static/.

## Components (shortcodes) in a page

sc-unreadable = loket cannot read this component. { $problem }
sc-expected = Here loket expects { $what }, but it finds { $found }.
sc-found = `{ $char }`
sc-found-end-of-line = the end of the line (a component is written on one line)
sc-what-name = the name of a component
sc-what-paren = `(` after `{ $name }`
sc-what-argument = the name of an argument, or `)`
sc-what-equals = `=` after `{ $name }`
sc-what-comma = `,` or `)`
sc-what-close = `{ $close }` to end the component
sc-what-value = a value
sc-syntax-hint = Write a component as { "{{" } name(key="value") { "}}" }, or as { "{" }% name(key="value") %{ "}" } … { "{" }% end %{ "}" } around Markdown. To show { "{{" } as text, write \{ "{{" } or put it in `code`.
sc-argument-twice = The argument `{ $name }` is given twice.
sc-argument-twice-hint = Give each argument once.
sc-text-unclosed = This text has no closing quote on its line.
sc-text-unclosed-hint = End the text with the same quote it starts with, on the same line.
sc-not-a-value = `{ $word }` is not a value.
sc-value-hint = Write text between quotes ("..."), a number, or true or false.
sc-not-a-number = `{ $text }` is not a number.
sc-number-hint = Write a number such as 3 or 2.5.
sc-end-misplaced = This `{ "{" }% end %{ "}" }` of `{ $name }` is in a place where its block cannot end.
sc-end-misplaced-hint = Put `{ "{" }% end %{ "}" }` on a line of its own, in the same list item or quote as the opening line.
sc-end-alone = This `{ "{" }% end %{ "}" }` closes no block.
sc-end-alone-hint = Remove it, or open a block before it, for example: { "{" }% details(summary="...") %{ "}" }
sc-block-own-line = The block `{ $name }` must start on a line of its own.
sc-block-own-line-hint = Put the opening, the Markdown inside and `{ "{" }% end %{ "}" }` each on a line of their own.
sc-too-deep = More than { $max } blocks are inside each other here.
sc-too-deep-hint = Close the blocks above with { "{" }% end %{ "}" } before you open another.
sc-never-closed = The block `{ $name }` is never closed.
sc-never-closed-hint = Close it with `{ "{" }% end %{ "}" }` on a line of its own, after the Markdown inside.
sc-misplaced = A component cannot stand here.
sc-misplaced-hint = Use components in text, in a list item, in a table cell or on a line of their own. Not in the address of a link, in an image or in the { "{" }…{ "}" } of a heading.
sc-unknown = There is no component `{ $name }`.
sc-unknown-nearest = Did you mean `{ $nearest }`? The components are: { $names }.
sc-unknown-hint = The components are: { $names }. A site adds its own as templates/shortcodes/{ $name }.html.
sc-inline-not-block = `{ $name }` is a component within text, not a block.
sc-inline-not-block-hint = Write it as { "{{" } { $name }(...) { "}}" }, without { "{" }% end %{ "}" }.
sc-block-not-inline = `{ $name }` is a block: it goes around Markdown.
sc-block-not-inline-hint = Write { "{" }% { $name }(...) %{ "}" } on a line, then the Markdown, then { "{" }% end %{ "}" }.
sc-template-at = This happened while loket filled in the component at { $file }:{ $line }:{ $column }.
sc-body-once = The template of `{ $name }` does not write { "{{" } body { "}}" } exactly once.
sc-body-once-hint = The template of a block writes the Markdown inside with { "{{" } body { "}}" }, exactly once: templates/{ $template }
sc-language-code = `{ $code }` is not a language code.
sc-language-code-hint = Write a language code such as en, de, fr-BE or pt-BR.
sc-lang-dir = `{ $dir }` is not a writing direction.
sc-lang-dir-hint = Write rtl (right to left, as in Arabic), ltr (left to right) or auto. Or leave out dir: loket knows the direction of the language.
sc-unknown-argument = `{ $name }` has no argument `{ $argument }`.
sc-argument-nearest = Did you mean `{ $nearest }`? `{ $name }` takes: { $arguments }.
sc-no-arguments = `{ $name }` takes no arguments.
sc-arguments = `{ $name }` takes: { $arguments }.
sc-missing-argument = `{ $name }` needs the argument `{ $argument }`.
sc-missing-argument-hint = Add { $argument }="..." between the brackets.
sc-details-id = `{ $id }` cannot be an id.
sc-details-id-hint = Use lowercase letters a-z, digits, - and _, and start with a letter, for example: id="kosten"
sc-notice-kind = `{ $kind }` is not a kind of notice.
sc-notice-kind-nearest = Did you mean `{ $nearest }`? The kinds are info, warning and important.
sc-notice-kinds = The kinds are info, warning and important.
sc-figure-alt-and-decorative = This figure has alt text and is decorative. It can only be one of them.
sc-figure-alt-and-decorative-hint = Remove decorative=true. Or remove alt="..." if the image adds nothing to the text.
sc-figure-alt-empty = The alt text of this figure is empty. Screen reader users then cannot tell what it shows.
sc-figure-alt-missing = This figure has no alt text. Screen reader users then cannot tell what it shows.
sc-figure-size = loket cannot read the size of `{ $src }`.
sc-figure-size-hint = Use a PNG, JPEG, GIF, WebP or AVIF file, or an SVG with a width and height or a viewBox.
sc-figure-not-next-to-page = `{ $src }` is not an image next to this page.
sc-figure-not-next-to-page-hint = Put the image next to the page and write its file name. Then loket can read its width and height.
sc-video-captions = Captions must be a WebVTT file (.vtt) or a SubRip file (.srt), not `{ $captions }`.
sc-video-captions-hint = Save the captions as WebVTT or SubRip next to the page, for example: captions="video.vtt"
sc-data-key-missing = The shared value has no `key`.
sc-data-key-hint = Write { "{{" } data(key="contact.helpdesk.phone") { "}}" }: the name of the file in data/, then the keys.
sc-data-key-text = The `key` of a shared value must be text.
sc-data-key-text-hint = Put the key between double quotes, for example: key="contact.helpdesk.phone"
sc-declaration = loket cannot read the first line of this component template. { $problem }
sc-declaration-hint = Write it as { "{" }# shortcode: inline; title: text, count?: number #{ "}" } (see docs/components.md).
sc-declaration-form = `{ $form }` is not a form: write inline, block or both.
sc-declaration-type = `{ $name }` is not a type of argument: use text, number, bool, link, image, file, language or any.
sc-argument-type = `{ $argument }` of `{ $name }` must be { $want ->
    [number] a number
    [bool] true or false
   *[other] text
}, not { $given ->
    [number] a number
    [bool] true or false
   *[other] text
}.
sc-argument-type-hint = Write { $want ->
    [number] a number, for example: { $argument }=3
    [bool] true or false, without quotes, for example: { $argument }=true
   *[other] text between quotes, for example: { $argument }="..."
}
sc-figure-alt-hint = Describe what the image shows, for example: { $page_lang ->
    [nl] alt="Kaart met de route naar het aanmeldcentrum"
    [en] alt="Map of the route to the registration centre"
   *[other] alt="…"
}. If the image adds nothing to the text, write decorative=true instead.

## Captions written as SubRip, converted to WebVTT (render/captions.rs)
captions-srt-number = A caption should start with its number here, not with “{ $found }”.
captions-srt-number-hint = Each caption is a number, a line with times, then its text, and an empty line after it. Is there an empty line inside the text of the caption before this one?
captions-srt-no-timing = Caption { $number } has no line with times.
captions-srt-timing = This is not a line with times: “{ $found }”.
captions-srt-timing-hint = Write the start and end like this: 00:00:01,000 --> 00:00:04,000 (hours, minutes, seconds, milliseconds).
captions-srt-order = Caption { $number } ends before it starts.
captions-srt-order-hint = The second time is the end: make it later than the first.
captions-srt-no-text = Caption { $number } has no text.
captions-srt-no-text-hint = Write the text on the lines after the times, or remove the caption.
captions-srt-empty = This captions file holds no captions.
captions-srt-empty-hint = Each caption is a number, a line with times such as 00:00:01,000 --> 00:00:04,000, then its text.
captions-srt-encoding = This captions file is not UTF-8 text.
captions-srt-encoding-hint = Save the file again as UTF-8 text.

## Templates of the theme (for maintainers)

render-template-error = This template has an error. Tera says: { $detail }
render-template-not-text = loket cannot read this template as text. Save it as UTF-8.
render-template-missing = The template `{ $template }` does not exist.
render-template-nearest = Did you mean `{ $nearest }`? Otherwise add it to templates/, or use one of the templates of this site: { $names }
render-template-names = Add it to templates/, or use one of the templates of this site: { $names }
render-template-while = This happened while loket made { $file }.

## Pages as they are made (render/, site/)

render-ui-string-missing = This page needs the interface text `{ $key }` in `{ $lang }`. { $detail }
render-ui-string-missing-hint = Add `{ $key } = ...` to locales/{ $lang }/main.ftl (loket's built-in locales show an example).
render-too-deep = This page has HTML or a shortcode. And its parts sit more than { $max } levels deep in each other: quotes, lists or HTML elements. loket does not show a page like this.
render-too-deep-hint = Put fewer quotes, lists or elements inside each other. A page needs only a few levels.
render-id-twice = The id `{ $id }` is used twice on this page.
render-id-twice-hint = Give every heading and every block on a page its own id.
site-link-absolute = The link `{ $path }` leads nowhere: it is not a page or file of this site.
site-fragment-here = The link goes to `#{ $fragment }`, but this page has no heading with that id.
site-fragment = The link goes to `#{ $fragment }`, but { $page } has no heading with that id.
site-fragment-nearest = Did you mean `#{ $id }`?
site-fragment-no-headings = That page has no headings to link to.
site-fragment-ids = The ids of its headings are: { $ids }.
site-image-not-served = The image `{ $src }` is not a file of this site.
site-image-outside = The image `{ $src }` is outside the content folder.
site-image-missing = The image `{ $src }` does not exist: loket looked for content/{ $target }.
site-link-absolute-md-hint = Link to a page by its path from this page, for example { $page_lang ->
    [nl] ../asiel/gehoor.md
    [en] ../asylum/interview.md
   *[other] ../…/….md
}, or by its web address, for example { $page_lang ->
    [nl] /nl/asiel/gehoor/
    [en] /en/asylum/interview/
   *[other] /{ $page_lang }/…/
}.
site-link-absolute-hint = A link that starts with / is the address of a page, such as { $page_lang ->
    [nl] /nl/asiel/
    [en] /en/asylum/
   *[other] /{ $page_lang }/…/
}, or of a file in static/.

## Output files and aliases (site/routes.rs)

site-alias-not-a-path = The alias `{ $alias }` is not an address of this site: { $why }.
site-alias-slash = it must start with one /
site-alias-empty-part = it has an empty part (//)
site-alias-space = it holds a space or a line break
site-alias-control = it holds a control character
site-alias-character = it holds the character `{ $char }`
site-alias-hint = Write an old address from the root of the site, with letters, digits and -, for example /nl/oude-pagina/
site-alias-outside = The alias `{ $alias }` leads outside the site.
site-alias-outside-hint = Remove the parts `..` and `.` from the path.
site-output-file-is-folder = The output file `{ $file }` is also the folder of `{ $path }`, which { $producer } makes.
site-output-rename-one = Rename one of the two files.
site-output-loket-file = `{ $path }` is one of loket's own files. Choose another name or address.
site-output-topic-page = This address belongs to a topic page. Move the page, or give the topics another folder with `topic_section` (or the topic another `slug`) in site.yaml.
site-output-alias-of-page = An alias is an old address that no longer has a page of its own.
site-output-alias-twice = Keep the alias on one page only.
site-output-rename-or-remove = Rename or remove one of the two files.
site-output-one-source = Every output file must come from exactly one source.
site-output-case = `{ $path }`, made by { $producer }, and `{ $other }`, made by { $other_producer }, differ only in capital letters or in how accents are stored. On Windows, macOS and many web servers they are one file, so one would overwrite the other.
site-output-case-alias-hint = Remove the alias `{ $alias }`: on those systems it is the address of the page itself.
site-output-case-hint = Rename one of the two, so that they differ in more than capitals or accents.
site-output-twice = `{ $path }` would be made by { $producer } and by { $other_producer }.
site-producer = { $kind ->
    [topic] a topic page of { $source }
    [page] the page { $source }
    [alias] an alias in { $source }
    [file] the file { $source }
    [static] the static file { $source }
   *[loket] loket itself
}

## Writing the site (publish/)

publish-write-failed = loket cannot write { $path }. The system says: { $detail }
publish-locked = Another program has locked the folder { $folder }. Probably another loket builds or serves this site. loket waited { $seconds } seconds for it. Nothing was written.
publish-locked-hint = Wait until the other loket is done, or stop it. Then build again.
publish-waiting-for-lock = Another program has locked the folder { $folder }, probably another loket. loket waits for it, at most { $seconds } seconds.
publish-io-error = { $what } The system says: { $detail }
publish-io-parent = loket cannot make the folder that holds the output folder.
publish-io-staging = loket cannot make the folder in which it prepares the output.
publish-io-write = loket cannot write this file.
publish-io-move-in = loket cannot put the new output in place.
publish-io-move-aside = loket cannot move the old output aside.
publish-out-refused = loket does not build into { $folder }: { $why }. Nothing was written.
publish-out-refused-hint = Choose another --out folder, such as public/ in the site folder.
publish-out-site = it is the site folder, or holds it
publish-out-content = it is content/, holds it or lies inside it
publish-out-inside = it lies inside { $folder }/
publish-out-file = it is a file
publish-out-not-empty = loket does not replace { $folder }: it is not empty, and loket did not make it. Nothing was written.
publish-out-not-empty-hint = Move its files away, or delete the folder. loket marks the output folders it makes with a { $marker } file.
publish-search-failed = { $what } The search index was not made. The system says: { $detail }
publish-search-hint = Build with --no-search to skip the search index.
publish-search-start = loket cannot start making the search index.
publish-search-page = loket cannot add { $url } to the search index.
publish-search-build = loket cannot finish the search index.

site-also-other-pages = { $hint } The same goes for { $count ->
    [one] { $count } other page
   *[other] { $count } other pages
}.
site-other-pages = The same goes for { $count ->
    [one] { $count } other page
   *[other] { $count } other pages
}.
sc-details-level = `{ $level }` is not a heading level.
sc-details-level-hint = Write a number from 2 to 6, without quotes, for example: level=3. The page title is the only level 1 heading.
sc-button-phrase-lang = `phrase` and `phrase_lang` go together: `{ $missing }` is missing.
sc-button-phrase-lang-hint = Write both, for example: phrase="Mijn IND", phrase_lang="nl"

## Pictures (src/images)
image-malformed = This image cannot be read: { $detail }.
image-malformed-hint = Open the picture in an image program and save it again as JPEG, PNG or WebP.
image-cut-short = This image is cut short: the end of the file is missing.
image-too-many-pixels = This image is { $width } by { $height } pixels. That is more than loket reads (at most { $max } pixels).
image-too-many-pixels-hint = Make the picture smaller in an image program, for example 2000 pixels wide, and save it again.
image-too-many-frames = This animation has { $frames } frames. That is more than loket reads (at most { $max }).
image-too-many-frames-hint = Use a short video with captions instead, or a still picture.
image-not-format = The name of this file says it is a { $format } picture, but it is a { $found } picture.
image-not-format-hint = Change the end of its name to .{ $extension }, and change the links to it too.
image-not-an-image = The name of this file says it is a { $format } picture, but loket does not know it as a picture.
image-too-many-animation-pixels = This animation has { $frames } frames with { $pixels } pixels in all. That is more than loket reads (at most { $max } pixels).
image-cannot-clean = loket cannot remove hidden data (such as the place a photo was taken) from a { $format } file.
image-cannot-clean-hint = Save the picture as JPEG, PNG or WebP and link to that file.
image-location = This photo holds the place where it was taken (a GPS position). The site will not show it, but the original file still has it.
image-location-hint = Remove the position from the original too, or turn off location in your phone's camera settings.
