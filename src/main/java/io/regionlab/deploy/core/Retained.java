package io.regionlab.deploy.core;

/** A resource a destroy leaves behind on purpose (DeletionPolicy Retain or Snapshot): the person still pays for it. */
public record Retained(String stack, String logicalId, String resourceType, String physicalId) {
}
