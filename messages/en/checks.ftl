## loket's own messages: checks (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/nl/checks.ftl.

## Levels of the checks (site.yaml `checks:` and a page's `checks: allow`)

check-unknown-rule = `{ $name }` is not the name of a check.
check-rule-nearest = Did you mean `{ $nearest }`? docs/checks.md lists every check.
check-rule-names = docs/checks.md lists the names of the checks.
check-always-error = `{ $rule }` is always an error. You cannot make it a warning or turn it off.
check-always-error-hint = Fix what it finds: otherwise the site breaks or is not safe.
check-allow-unknown-rule = `{ $name }` in `checks: allow` is not the name of a check.
check-allow-always-error = You cannot allow `{ $rule }` on a page: it is always an error.
check-allow-always-error-hint = Fix what it finds on this page instead.

## Headings

check-heading-h1 = This is a level-1 heading (`#`). Only the title of the page is one.
check-heading-h1-hint = Start the headings of the text with `##`, for example: { $page_lang ->
    [nl] ## Wat neem je mee?
    [en] ## What to bring
   *[other] ## …
}
check-heading-skip = { $previous ->
    [1] This heading skips a level: a level-{ $level } heading comes right after the title.
   *[other] This heading skips a level: a level-{ $level } heading comes after level { $previous }.
}
check-heading-skip-hint = Use `{ $hashes }` here. Headings go down one level at a time, so that screen reader users can follow the page.
check-heading-id-footnotes = This heading has the id `footnotes`, which the footnotes of this page already use.
check-heading-id-footnotes-hint = Give this heading another id, for example `{ "{" }#notes-intro{ "}" }`.
check-heading-id-twice = The heading id `{ $id }` is used twice on this page. A link only reaches the heading on line { $line }.
check-heading-id-twice-hint = Give this heading another id, for example `{ "{" }#{ $id }-2{ "}" }`. Or remove `{ "{" }#{ $id }{ "}" }`: loket then makes an id from the heading's text.
check-heading-class = A heading cannot have the class `.{ $class }`.
check-heading-attribute = A heading cannot have the attribute `{ $name }`.
check-heading-attribute-hint = A heading can only set its id, for example: { $page_lang ->
    [nl] ## Kosten { "{" }#kosten{ "}" }
    [en] ## Costs { "{" }#costs{ "}" }
   *[other] ## … { "{" }#…{ "}" }
}. The theme decides how headings look.

## HTML in a page

check-html-doctype = A `<!DOCTYPE>` is not allowed in a page.
check-html-doctype-hint = Remove it. A page is Markdown: the theme writes the HTML around it.
check-html-element = `<{ $name }>` is not allowed in a page.
check-html-element-handler = `<{ $name }>` runs a script (`{ $handler }`). That is not allowed in a page.
check-html-element-script-url = `<{ $name }>` holds a `javascript:` link. That is not allowed in a page.
check-html-handler = `{ $attribute }` runs a script. That is not allowed in a page.
check-html-script-url = `{ $attribute }` holds a `javascript:` link. That is not allowed in a page.
check-html-quote = The value of `{ $attribute }` holds a `"`. That is not allowed in a page.
check-html-quote-hint = Use the quotation marks “ and ” instead.
check-html-attribute = `<{ $element }>` cannot have the attribute `{ $attribute }` in a page.
check-html-dir = `dir="{ $value }"` is not a writing direction.
check-html-dir-hint = Use `ltr`, `rtl` or `auto`.
check-html-crowded = This tag has more than { $max } attributes.
check-html-crowded-hint = HTML in a page may have a few attributes only. Write the rest in Markdown.
check-html-hint-script = A page cannot run scripts. Ask a developer to add this to the theme.
check-html-hint-style = The theme decides how pages look. Ask a developer to change the theme.
check-html-hint-embed = You cannot embed this in a page. Link to it instead, for example: { $page_lang ->
    [nl] [Bekijk de video](https://...)
    [en] [Watch the video](https://...)
   *[other] […](https://…)
}
check-html-hint-link = Write a link in Markdown, for example: { $page_lang ->
    [nl] [Contact](contact.md)
    [en] [Contact](contact.md)
   *[other] […](….md)
}
check-html-hint-image = Write an image in Markdown, for example: { $page_lang ->
    [nl] ![Wat de afbeelding laat zien](afbeelding.png)
    [en] ![What the image shows](image.png)
   *[other] ![…](….png)
}
check-html-hint-heading = Write a heading in Markdown, for example: { $page_lang ->
    [nl] ## Kop
    [en] ## Heading
   *[other] ## …
}
check-html-hint-emphasis = Write bold or italic text in Markdown: **bold** or *italic*.
check-html-hint-table = Write a table in Markdown: a row | Heading | Heading |, a line |---|---|, then the rows.
check-html-hint-allowed = You can use this HTML: { $elements }. Write everything else in Markdown.
check-html-hint-attributes = You can use these attributes: { $attributes }.

## Links and images

check-link-without-text = This link has no text. Screen reader users cannot tell where it leads.
check-link-text-url = The link text “{ $text }” is a web address. It is hard to read, and to follow with a screen reader.
check-vague-link-text = The link text “{ $text }” does not say where the link leads. Screen readers then read out only “{ $text }”.
check-vague-link-text-hint = Say in the link text where the link leads, for example: { $page_lang ->
    [nl] [Lees meer over de kosten](kosten.md)
    [en] [Read more about the costs](costs.md)
   *[other] […](….md)
}
check-missing-alt = The image { $image } has no alt text. Screen reader users then cannot tell what it shows.
check-missing-alt-hint = Describe what the image shows, for example: { $page_lang ->
    [nl] ![Kaart met de route naar het aanmeldcentrum]({ $image })
    [en] ![Map of the route to the registration centre]({ $image })
   *[other] ![…]({ $image })
}

## Titles and descriptions

check-title-markup = The { $key ->
    [title] title
   *[other] description
} holds { $what ->
    [tag] an HTML tag
    [reference] an HTML character reference
   *[other] HTML tags and character references
}. Readers see it exactly as it is written.
check-title-markup-hint = Write plain text. { $what ->
    [tag] Leave out tags such as `<br />`: the theme breaks lines itself.
    [reference] Type the character itself instead of its code: { $named }.
   *[other] Leave out tags such as `<br />`: the theme breaks lines itself. Type characters themselves instead of their codes: { $named }.
}
check-duplicate-title = “{ $title }” is also the title of { $other }, a page in the same folder.
check-duplicate-title-hint = Give each page in a folder its own title: readers choose from lists and menus by title.

## Plain language

check-long-sentence = This sentence has { $count } words. Long sentences are hard to read.
check-long-sentence-hint = Split it into shorter sentences of { $max } words at most. That is plain language (B1).
check-long-paragraph = This paragraph has { $count } words. Long paragraphs are hard to read.
check-long-paragraph-hint = Split it into paragraphs of { $max } words at most, or use a list.
check-readability = This page is hard to read: its score is { $score } ({ $formula }). Plain language (B1) needs { $min } or more.
check-readability-hint = Use shorter sentences and shorter words. Now a sentence has { $words_per_sentence } words on average, and a word { $syllables_per_word } syllables.
# A number with decimals: 1.75.
check-decimal = { $whole }.{ $fraction }

## Tables

check-table-header = This table has no header row. Screen readers then cannot say what a column is about.
check-table-header-hint = Write a heading above each column in the first row, for example: { $page_lang ->
    [nl] | Document | Wanneer |
    [en] | Document | When |
   *[other] | … | … |
}

## Interface texts of the theme (locales/)

check-fluent-unknown-key = The template uses the interface text `{ $key }`, but no language defines it.
check-fluent-unknown-key-hint = Add `{ $key } = ...` to the files in locales/ of every language, or correct the name.
check-fluent-unused-key = No template uses the interface text `{ $key }`.
check-fluent-unused-key-hint = Remove it from the files in locales/ of every language, or use it in a template: { "{{" } t(key="{ $key }") { "}}" }
