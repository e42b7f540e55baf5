## loket's own messages: load (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/load.ftl.
