## loket's own messages: checks (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/checks.ftl.
