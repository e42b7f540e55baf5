## loket's own messages: frontmatter (see src/messages.rs). Every message here has its twin, with the same arguments, in messages/en/frontmatter.ftl.
