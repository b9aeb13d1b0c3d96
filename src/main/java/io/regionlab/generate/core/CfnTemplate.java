package io.regionlab.generate.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CloudFormation template being built. Sections and resources keep the order they were added
 * in, and every resource is written with its keys in one fixed order, so the same design always
 * gives the same text.
 */
final class CfnTemplate {

    private final String description;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, ObjectNode> parameters = new LinkedHashMap<>();
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<String, ObjectNode> outputs = new LinkedHashMap<>();

    CfnTemplate(String description) {
        this.description = description;
    }

    /** A resource being built: its properties, and the attributes that protect or order it. */
    static final class Resource {
        final String id;
        final String type;
        private final ObjectNode properties = Json.obj();
        private final List<String> dependsOn = new ArrayList<>();
        private String deletionPolicy;
        private String updateReplacePolicy;

        private Resource(String id, String type) {
            this.id = id;
            this.type = type;
        }

        ObjectNode props() {
            return properties;
        }

        /** Keep the resource (and its data) when the stack is deleted or the resource replaced. */
        Resource retain() {
            deletionPolicy = "Retain";
            updateReplacePolicy = "Retain";
            return this;
        }

        /** Take a final snapshot before deleting or replacing the resource. */
        Resource snapshot() {
            deletionPolicy = "Snapshot";
            updateReplacePolicy = "Snapshot";
            return this;
        }

        Resource dependsOn(String logicalId) {
            dependsOn.add(logicalId);
            return this;
        }

        ObjectNode toJson() {
            ObjectNode n = Json.obj().put("Type", type);
            if (!dependsOn.isEmpty()) {
                n.set("DependsOn", Json.list(dependsOn));
            }
            if (deletionPolicy != null) {
                n.put("DeletionPolicy", deletionPolicy);
                n.put("UpdateReplacePolicy", updateReplacePolicy);
            }
            if (!properties.isEmpty()) {
                n.set("Properties", properties);
            }
            return n;
        }
    }

    Resource add(String logicalId, String type) {
        if (resources.containsKey(logicalId) || parameters.containsKey(logicalId)) {
            throw new IllegalStateException("logical id " + logicalId + " is used twice");
        }
        Resource r = new Resource(logicalId, type);
        resources.put(logicalId, r);
        return r;
    }

    boolean isEmpty() {
        return resources.isEmpty();
    }

    List<Resource> resources() {
        return List.copyOf(resources.values());
    }

    /** A parameter; its node takes {@code Default}, {@code AllowedPattern} and the like. Adding a name twice gives the first. */
    ObjectNode parameter(String name, String type, String description) {
        if (resources.containsKey(name)) {
            throw new IllegalStateException("parameter " + name + " has the name of a resource");
        }
        return parameters.computeIfAbsent(name, n -> Json.obj().put("Type", type).put("Description", description));
    }

    boolean hasParameter(String name) {
        return parameters.containsKey(name);
    }

    /** The parameters without a default, in the order they were added. */
    List<String> parametersWithoutDefault() {
        return parameters.entrySet().stream().filter(e -> !e.getValue().has("Default")).map(Map.Entry::getKey).toList();
    }

    void output(String name, JsonNode value, String description) {
        outputs.computeIfAbsent(name, n -> {
            ObjectNode o = Json.obj().put("Description", description);
            o.set("Value", value);
            return o;
        });
    }

    boolean hasOutput(String name) {
        return outputs.containsKey(name);
    }

    /** A decision or limit a reader of the template should know, kept in the template's Metadata. */
    void note(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    String render() {
        ObjectNode root = Json.obj().put("AWSTemplateFormatVersion", "2010-09-09").put("Description", description);
        if (!notes.isEmpty()) {
            ObjectNode meta = root.putObject("Metadata").putObject("RegionLab");
            meta.set("Notes", Json.list(notes));
        }
        if (!parameters.isEmpty()) {
            ObjectNode p = root.putObject("Parameters");
            parameters.forEach(p::set);
        }
        ObjectNode r = root.putObject("Resources");
        resources.forEach((id, res) -> r.set(id, res.toJson()));
        if (!outputs.isEmpty()) {
            ObjectNode o = root.putObject("Outputs");
            outputs.forEach(o::set);
        }
        return Json.pretty(root);
    }
}
