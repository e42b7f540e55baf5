## loket's own messages: load (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/nl/load.ftl.
## Reading a site: its files and folders (sitefs.rs), content (load/content.rs), the page
## tree (load/tree.rs), topics, the theme's files and UI strings, and the checks of files
## next to pages (checks/unsafe_files.rs) and of translations (checks/translations.rs).

## Files loket does not open (sitefs.rs)

load-outside-site = This shortcut (symbolic link) leads outside the site folder. loket does not read it.
load-outside-site-hint = Copy the file or folder into the site instead of linking to it.
load-special-file = This is a { $kind ->
    [fifo] named pipe (FIFO)
    [socket] socket
    [device] device
    [folder] folder
    [symlink] symbolic link
   *[other] special file
}, not an ordinary file. loket does not read it.
load-special-file-hint = Remove it, or put an ordinary file in its place.
load-cannot-read = loket cannot read { $what ->
    [content-folder] the folder content
    [language-folder] this language folder
    [page] this page
    [folder] this folder
    [file] this file
    [data-file] this data file
   *[other] { $what }
}. The system says: { $error }
load-cannot-read-hint = Check that it is there and that you may open it.
load-name-windows = Windows does not allow this { $what ->
    [folder] folder
   *[other] file
} name, “{ $name }”: { $why }. The site cannot be copied to a Windows computer.
load-name-windows-char = it has the character { $char }
load-name-windows-control = it has a control character
load-name-windows-end = it ends in a dot or a space
load-name-windows-device = “{ $base }” is a name Windows keeps for a device
load-name-windows-hint = Rename it with lowercase letters a-z, digits and - only: contact.pdf, not con.pdf.

## Content (load/content.rs)

load-no-content = The site has no folder content.
load-no-content-hint = Make a folder content with a folder for each language in it, such as content/{ $lang }/_index.md.
load-language-no-folder = The language { $lang } is in site.yaml, but the folder content/{ $lang } does not exist.
load-language-no-folder-hint = Make content/{ $lang }/_index.md: the home page in { $lang ->
    [nl] Dutch
    [en] English
   *[other] the language { $lang }
}. Or remove { $lang } from languages in site.yaml.
load-folder-not-language = The folder { $folder } is not one of the languages in site.yaml ({ $languages }).
load-folder-not-language-hint = Add { $name } to languages in site.yaml, or move what is in it to a language folder.
load-file-not-in-language = This file is not in a language folder.
load-file-not-in-language-hint = Move it into a language folder: { $folders }.
load-folder-no-index = The folder { $folder } has no _index.md, so it has no page of its own.
load-folder-no-index-hint = Add { $folder }/_index.md with a title and description: every step of the breadcrumb path needs a page.
load-bad-slug = { $what ->
    [folder] The folder name “{ $name }” ({ $folder })
   *[other] The file name “{ $name }”
} cannot be part of a web address.
load-bad-slug-rename = Rename it to { $suggestion }. Use lowercase letters a-z, digits and - only.
load-bad-slug-hint = Use lowercase letters a-z, digits and - only.
load-markdown-extension = { $name } is meant as a page, but loket reads only files that end in .md as pages. Now it is not published.
load-markdown-extension-hint = Rename it to { $suggestion }.
load-not-text = This page is not saved as ordinary text, so loket cannot read it. Technical detail: it is not UTF-8.
load-not-text-hint = Open the page in your text editor and save it as UTF-8 text. Put an image in a separate file next to the page.

## The page tree (load/tree.rs)

load-root-language-folder = This page gets the web address { $url }, which belongs to the pages in `{ $lang }` ({ $other }).
load-root-language-folder-hint = The pages of `{ $root }` are at the root of the site, and the addresses that start with `/{ $lang }/` are for the pages in `{ $lang }`. Give `{ $name }` another name.
load-duplicate-url = This page gets the same web address ({ $url }) as { $other }.
load-duplicate-url-hint = Keep one of the two. A folder with an _index.md and a file with the same name get the same address.
load-duplicate-translation-key = Another page in { $lang ->
    [nl] Dutch
    [en] English
   *[other] the language { $lang }
} has the same translation_key “{ $key }”: { $other }.
load-duplicate-translation-key-hint = Give each page of one language its own translation_key. Only its translation in another language shares it.
load-menu-no-page = The menu { $menu } names “{ $key }”, but no page in { $lang ->
    [nl] Dutch
    [en] English
   *[other] the language { $lang }
} has that translation_key.
load-menu-did-you-mean = Did you mean { $candidate }? That is the translation_key of { $file }. Menu entries name pages by their translation_key.
load-menu-folder = Did you mean { $candidate }? { $file } has no translation_key, so menus know it by its path. Or give that page `translation_key: { $key }` in every language.
load-menu-fallback = The menu { $menu } names “{ $key }”, but there is no page with that translation_key in { $languages }. There the menu leads to the nearest translated page.
load-menu-fallback-hint = Translate the page, with translation_key: { $key }. Or leave it: readers of those languages go to the nearest page in their language.
load-menu-hint = Check the spelling. Or add the page in { $lang ->
    [nl] Dutch
    [en] English
   *[other] the language { $lang }
}, with translation_key: { $key }.

## Topics (load/topics.rs)

load-topic-unknown = The topic “{ $topic }” is not one of the topics in site.yaml.
load-topic-did-you-mean = Did you mean { $suggestion }? The topics in site.yaml are: { $topics }.
load-topic-list = The topics in site.yaml are: { $topics }. Add a new one there, under topics.
load-topic-none = site.yaml has no topics yet. Add this one under topics, with a label per language.
load-topic-twice = The topic “{ $topic }” is named twice on this page.
load-topic-twice-hint = Remove one of the two.
load-topic-string-hint = The topic pages need “{ $key }” in locales/{ $lang }/.

## Grouped overviews (load/groups.rs)

load-group-unknown = The group “{ $group }” is not one of the groups of this page's section.
load-group-did-you-mean = Did you mean { $suggestion }? The groups of the section are: { $groups }.
load-group-list = The groups of the section are: { $groups }. Add a new one to `groups` in the section's _index.md.
load-group-no-groups = This page names the group “{ $group }”, but its section has no groups.
load-group-no-groups-hint = Add `groups` with this group to { $section }, or remove `group` from this page.
load-group-missing = This page has no `group`, but its section shows its pages in groups.
load-group-missing-hint = Add a line such as `group: { $first }`. The groups are: { $groups }. A page with `listed: false` needs no group.

## The theme's files and UI strings (load/theme.rs, load/locales.rs)

load-theme-not-folder = { $name } is a file, but loket expects a folder with that name.
load-theme-not-folder-hint = Rename or remove the file, and make a folder { $name } instead.
load-ui-not-text = loket cannot read this file: it is not saved as UTF-8 text.
load-ui-not-text-hint = Open it in your text editor and save it as UTF-8 text.
load-ui-syntax = This text file has a mistake in its Fluent syntax. Technical detail: { $error }
load-ui-syntax-hint = See https://projectfluent.org/fluent/guide/ for how to write it.
load-ui-twice = The text “{ $id }” is written twice for { $lang ->
    [nl] Dutch
    [en] English
   *[other] the language { $lang }
}.
load-ui-twice-hint = The other one is in { $other }. Keep one of the two.
load-ui-one-language = The text “{ $key }” is in { $defined_in ->
    [nl] Dutch
    [en] English
   *[other] the language { $defined_in }
}, but not in { $lang ->
    [nl] Dutch
    [en] English
   *[other] the language { $lang }
}.
load-ui-one-language-hint = Add { $key } = ... to a file in locales/{ $lang }/.
load-ui-no-strings = loket has no interface texts (menus, the 404 page, "On this page") for the language { $lang }, and this site has none either.
load-ui-no-strings-hint = Make a folder locales/{ $lang }/ and copy the files of loket's locales/en/ into it. Then translate every text. loket has texts for: { $builtin }.
load-ui-no-language = There are no texts for { $lang ->
    [nl] Dutch
    [en] English
   *[other] the language { $lang }
}.
load-ui-undefined = The text “{ $key }” is not in locales/{ $lang }/.
load-ui-no-value = The text “{ $key }” has no value in { $lang ->
    [nl] Dutch
    [en] English
   *[other] the language { $lang }
}.
load-ui-format = The text “{ $key }” in { $lang ->
    [nl] Dutch
    [en] English
   *[other] the language { $lang }
} cannot be filled in. Technical detail: { $error }

## Files next to pages (checks/unsafe_files.rs)

-allowed = images (PNG, JPEG, GIF, WebP, AVIF, SVG, ICO) and ZIP. Documents: PDF, TXT, CSV, ODT, ODS, ODP, DOCX, XLSX, PPTX, EPUB. Audio and video: MP3, M4A, OGG, MP4, WebM, with captions in VTT or SRT
unsafe-no-extension = “{ $name }” has no extension. A browser could take it for a web page, so loket does not publish it.
unsafe-no-extension-hint = Give it the extension of its type, or remove it. Next to pages you can put: { -allowed }.
unsafe-web-page = “{ $name }” is a web page. loket would publish it as it is, with any script in it, so it does not.
unsafe-web-page-hint = Write it as a page (a .md file), or link to the page on the other site instead of copying it.
unsafe-theme-file = “{ $name }” is a script or style file. Those do not belong next to pages.
unsafe-theme-file-hint = Files of the theme go in static/, where they are reviewed with the templates. content/ holds only images, documents and media.
unsafe-other-type = loket does not publish .{ $extension } files next to pages: it publishes only types a browser shows and never runs.
unsafe-other-type-hint = Save it as a type that is allowed, or link to it elsewhere. Next to pages you can put: { -allowed }.
unsafe-svg-not-text = This SVG image is not saved as UTF-8 text, so loket cannot check it.
unsafe-svg-not-text-hint = Save it as plain SVG in your drawing program, or export it as PNG.
unsafe-svg-too-large = This SVG image is larger than { $mib } MiB, so loket does not check it.
unsafe-svg-too-large-hint = Export it as PNG or WebP, or make the drawing simpler.
unsafe-svg-cannot-read = loket cannot read this SVG image to check it. The system says: { $error }
unsafe-svg-doctype-twice = This SVG image has more than one <!DOCTYPE line.
unsafe-svg-entities = This SVG image declares entities (a <!DOCTYPE line with [...]). They can hide script or make the file explode in size.
unsafe-svg-entities-hint = Remove the [...] part of the <!DOCTYPE line, or save the file again as plain SVG.
unsafe-svg-not-xml = This SVG image is damaged: it cannot be read as XML. Technical detail: { $error }
unsafe-svg-not-xml-hint = Open it in a drawing program and save it again as plain SVG, or export it as PNG.
unsafe-svg-stylesheet = This SVG image loads a style sheet (<?xml-stylesheet?>), which can turn it into a page with script.
unsafe-svg-element = This SVG image holds a <{ $element }> element, which can run script.
unsafe-svg-html = This SVG image holds a <{ $element }> element of { $namespace }: a web page inside the image.
unsafe-svg-animates = This SVG image animates the attribute { $attribute }, which can turn a link into script.
unsafe-svg-handler = This SVG image has an event handler, { $attribute }, which runs script.
unsafe-svg-url = The { $attribute } of this SVG image is an address that can run script or hide a page. Only http, https, mailto, tel, relative and #fragment links are allowed.
unsafe-svg-url-hint = Link to a page with https://, or to a file next to the image.
unsafe-svg-more = { $count ->
    [one] And 1 more such finding in this SVG image.
   *[other] And { $count } more such findings in this SVG image.
}
unsafe-svg-script-hint = Remove it (in Inkscape: Save As, then Plain SVG or Optimized SVG), or export the image as PNG.

## Translations (checks/translations.rs)

translation-missing = This page has no translation in { $to ->
    [nl] Dutch
    [en] English
   *[other] the language { $to }
} yet. Readers of { $to ->
    [nl] Dutch
    [en] English
   *[other] the language { $to }
} cannot find it.
translation-missing-hint = Add the translation as content/{ $to }/{ $path }.md, or elsewhere in content/{ $to }/ with translation_key: { $key }. Is this page only for readers in { $from ->
    [nl] Dutch
    [en] English
   *[other] the language { $from }
}? Then add to its settings: checks: { "{" } allow: [missing-translation], reason: "..." { "}" }
translation-stale = This translation was last changed on { $changed }, { $days ->
    [one] 1 day
   *[other] { $days } days
} before the version in { $lang ->
    [nl] Dutch
    [en] English
   *[other] the language { $lang }
} ({ $newer }). It may be out of date.
translation-stale-hint = Compare it with { $other } and bring it up to date. Then set updated: to today's date.
