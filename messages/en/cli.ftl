## loket's own messages: cli (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/nl/cli.ftl.

## The human report of findings (src/cli/report.rs).
cli-report-hint = What to do
cli-report-builtin = built-in theme file
cli-report-warnings-hidden = { $count ->
    [one] 1 more warning is not shown here. See every warning with --warnings full, or as JSON with --format json.
   *[other] { $count } more warnings are not shown here. See every warning with --warnings full, or as JSON with --format json.
}
cli-report-warnings-hidden-rule = { $rule }: { $count } more (loket check --rule { $rule })

## The end of `build` and `check`.
cli-built = { $count ->
    [one] Built 1 page ({ $languages }) in { $seconds } s, into { $out }.
   *[other] Built { $count } pages ({ $languages }) in { $seconds } s, into { $out }.
}
cli-checked = { $count ->
    [one] Checked 1 page ({ $languages }) in { $seconds } s.
   *[other] Checked { $count } pages ({ $languages }) in { $seconds } s.
}
cli-done-with-warnings = { $done } { $warnings }.
cli-build-failed = { $counts }. Nothing was written: { $errors ->
    [one] fix the error
   *[other] fix the errors
}, then build again.
cli-check-failed = { $counts }. { $errors ->
    [one] Fix the error
   *[other] Fix the errors
}, then check again.
cli-unknown-rule = There is no rule called “{ $rule }”. Did you mean “{ $nearest }”? docs/checks.md lists every rule.

## Progress bars (src/progress.rs): short labels, as `--timings` names the steps.
cli-progress-read = read
cli-progress-markdown = markdown
cli-progress-pages = pages
cli-progress-render = render
cli-progress-render-write = render+write
cli-progress-search = search

## Errors on the command line (clap's own detail follows in English).
cli-arg-unknown = loket does not know this option or word.
cli-arg-invalid-value = This value is not allowed here.
cli-arg-missing = Something is missing on the command line.
cli-arg-unknown-command = loket has no such command. The commands are build, check, serve, status, new and init.
cli-arg-other = The command line is not right.
cli-arg-help = See what loket can do with: loket --help

## `loket status`.
cli-status-no-site = The site cannot be read, so there is no status report. Fix the errors above first.
cli-status-template-failed = The template of the status page failed, so there is no status report.
cli-cannot-write = loket cannot write { $file }: { $error }

## `loket new` and `loket init`.
cli-nothing-written = Nothing was written.
cli-exists = { $file } already exists. { $command } never writes over a file.
cli-cannot-create = loket cannot create { $file }: { $error }
cli-cannot-write-file = loket cannot write { $file }: { $error }
cli-new-site-invalid = Fix site.yaml first: loket adds pages only to a site whose settings are valid.
cli-new-created = Created { $file }  →  { $url }
cli-new-next = Fill in the title and the description, then preview the page with `loket serve`.
cli-new-no-language = “{ $page }” does not start with a language of the site ({ $languages }). Write the language first, for example: { $example }/new-page
cli-new-no-page = “{ $page }” names no page. Write a name after the language, for example: { $lang }/new-page
cli-new-bad-slug = “{ $part }” cannot be part of a web address. Use small letters a-z, digits and -.
cli-new-bad-slug-example = “{ $part }” cannot be part of a web address. Use small letters a-z, digits and -, for example: { $example }
cli-new-same-language = A translation is in another language than { $lang }. Write --translate-to with one of: { $languages }
cli-new-folder-mismatch = A page and its translation must both be a folder's page (ending in /) or both an ordinary page.
cli-new-missing-folder = The folder { $folder } does not exist.
cli-new-missing-folder-similar = Did you mean: { $folders }?
cli-new-missing-folder-flag = To make a new folder, add --create-folders.

## `loket init`.
cli-init-created = Created { $file }
cli-init-next = Preview the site with `loket serve --root { $dir }`. README.md says how to edit it.
cli-init-bad-language = “{ $code }” in --languages is not a language code. Use small letters separated by commas, for example: nl,en
cli-init-language-twice = “{ $code }” is in --languages twice.
cli-init-not-empty = The folder { $dir } is not empty: it holds { $name }. loket init writes a new site only into an empty or new folder. Name a new one, for example: loket init my-site
cli-init-not-folder = { $dir } is a file, not a folder.
cli-init-cannot-read = loket cannot read the folder { $dir }: { $error }
