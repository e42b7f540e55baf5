## loket's own messages: render (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/render.ftl.
