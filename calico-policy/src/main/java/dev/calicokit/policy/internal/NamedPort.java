package dev.calicokit.policy.internal;

/** A container port with a name: what a rule's named port resolves to on the endpoint that has it. */
public record NamedPort(String name, int protocol, int port) {}
