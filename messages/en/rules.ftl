## loket's own messages: rules (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/nl/rules.ftl.
