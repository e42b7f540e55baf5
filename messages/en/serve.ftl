## loket's own messages: serve (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/nl/serve.ftl.

## The terminal

serve-listening = Preview of { $root } at { $url } (Ctrl-C stops it)
serve-port-switched = Port { $busy } is in use by another program, so the preview uses port { $port }.
serve-port-busy = Port { $port } is in use by another program. Nothing was built. Try another port: loket serve --port { $free }
serve-port-busy-no-free = Port { $port } is in use by another program. Nothing was built. Stop the other program, or choose another port with --port.
serve-cannot-listen = loket cannot listen on { $address }: { $error }. Nothing was built.
serve-no-free-port = Ports { $first } to { $last } are all in use by other programs. Nothing was built. Choose a port with --port.
serve-built = Built in { $ms } ms: { $routes ->
    [one] 1 file
   *[other] { $routes } files
} made, { $written } written.
serve-rebuilt = Rebuilt in { $ms } ms: { $routes ->
    [one] 1 file
   *[other] { $routes } files
} made, { $written } written.
serve-failed = { $count ->
    [one] The site has 1 error.
   *[other] The site has { $count } errors.
} The preview still shows the last good version, and the browser shows what is wrong.
serve-stopping = Stopping the preview…
serve-stopped = The preview has stopped.
serve-cannot-open-site = loket cannot open the site folder { $folder }: { $error }
serve-cannot-make-folder = loket cannot make a temporary folder for the preview: { $error }
serve-cannot-watch = loket cannot watch { $folder } for changes: { $error }
serve-cannot-watch-new = loket cannot watch a new folder for changes: { $error }
serve-cannot-start = loket cannot start the preview's server: { $error }
serve-cannot-write = The preview cannot be written: { $error }

## Answers to the browser

serve-http-forbidden = This preview answers only to localhost, 127.0.0.1 and [::1] (or the address of --bind).
serve-http-bad-path = This path is not allowed.
serve-http-unreadable = loket cannot read this page.
serve-http-not-found = Not found
serve-status-none = No status yet
serve-status-none-why = The site could not be loaded. The terminal shows why.
serve-status-template-failed = The template of the status page failed:

## The overlay: the findings of a failed build, over the last good version of the page

serve-overlay-title = { $count ->
    [one] The site has 1 error
   *[other] The site has { $count } errors
}
serve-overlay-intro = You see the last good version of the site. Fix the errors below. The page reloads by itself when they are gone.
serve-overlay-intro-empty = Nothing could be built yet. Fix the errors below. This page reloads by itself when they are gone.
serve-overlay-page-title = Errors in the site
serve-overlay-list = What is wrong
serve-overlay-error = Error
serve-overlay-warning = Warning
serve-overlay-check = check { $rule }
serve-overlay-where = { $file }, line { $line }
serve-overlay-where-builtin = { $file } (built into loket), line { $line }
serve-overlay-tab = → stands for a tab.
serve-overlay-hint = What to do:
serve-overlay-close = Close this message
