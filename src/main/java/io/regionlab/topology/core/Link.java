package io.regionlab.topology.core;

/** A directed relation between two components, by id. */
public record Link(String from, String to, LinkKind kind) {
}
