## loket's own messages: cli (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/cli.ftl.
