## loket's own messages: serve (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/serve.ftl.
