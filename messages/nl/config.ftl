## loket's own messages: config (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/config.ftl.
