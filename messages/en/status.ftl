## loket's own messages: status (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/nl/status.ftl.
