package io.regionlab.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.regionlab.support.CloudFormationStub.Failure;
import io.regionlab.support.CloudFormationStubStack.Change;
import io.regionlab.support.CloudFormationStubStack.ChangeSet;
import io.regionlab.support.CloudFormationStubStack.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** Change computation and the step-by-step progress of create, update, rollback and delete. */
final class CloudFormationStubEngine {

    private static final Set<String> OUTPUTS_READY = Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE");

    private final CloudFormationStub stub;

    CloudFormationStubEngine(CloudFormationStub stub) {
        this.stub = stub;
    }

    static boolean replaces(String type, String property) {
        return CloudFormationStubStack.IMMUTABLE_TYPES.contains(type) || CloudFormationStubStack.REPLACING_PROPERTIES.contains(property);
    }

    void checkCapabilities(JsonNode template, List<String> capabilities) {
        boolean iam = false;
        boolean named = false;
        for (JsonNode resource : template.path("Resources")) {
            if (resource.path("Type").asText().startsWith("AWS::IAM::")) {
                iam = true;
                for (Iterator<String> names = resource.path("Properties").fieldNames(); names.hasNext();) {
                    named |= names.next().endsWith("Name");
                }
            }
        }
        String needed = named ? "CAPABILITY_NAMED_IAM" : "CAPABILITY_IAM";
        boolean granted = capabilities.contains("CAPABILITY_NAMED_IAM") || (!named && capabilities.contains("CAPABILITY_IAM"));
        if (iam && !granted) {
            throw new Failure(400, "InsufficientCapabilitiesException", "Requires capabilities : [" + needed + "]");
        }
    }

    /** What executing this template would do to the stack's current resources. */
    List<Change> changes(CloudFormationStubStack stack, JsonNode template) {
        List<Change> changes = new ArrayList<>();
        Map<String, Resource> live = stack.live();
        template.path("Resources").fields().forEachRemaining(entry -> {
            String logicalId = entry.getKey();
            String type = entry.getValue().path("Type").asText();
            JsonNode properties = entry.getValue().path("Properties");
            Resource current = live.get(logicalId);
            if (current == null) {
                changes.add(new Change("Add", logicalId, type, null, null, List.of()));
                return;
            }
            List<String> changed = changedProperties(current.properties, properties);
            if (changed.isEmpty() && current.type.equals(type)) {
                return;
            }
            String replacement = !current.type.equals(type) || changed.stream().anyMatch(p -> replaces(type, p)) ? "True"
                    : changed.stream().anyMatch(p -> intrinsic(properties.path(p))) ? "Conditional" : "False";
            changes.add(new Change("Modify", logicalId, type, current.physicalId, replacement, changed));
        });
        live.forEach((logicalId, resource) -> {
            if (!template.path("Resources").has(logicalId)) {
                changes.add(new Change("Remove", logicalId, resource.type, resource.physicalId, null, List.of()));
            }
        });
        return changes;
    }

    private static List<String> changedProperties(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        return names.stream().filter(name -> !before.path(name).equals(after.path(name))).toList();
    }

    private static boolean intrinsic(JsonNode value) {
        if (!value.isObject()) {
            return false;
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.equals("Ref") || name.startsWith("Fn::")) {
                return true;
            }
        }
        return false;
    }

    void advance(CloudFormationStubStack stack) {
        if (!stub.held.contains(CloudFormationStub.key(stack.region, stack.name))) {
            stack.advance();
        }
    }

    void execute(CloudFormationStubStack stack, ChangeSet cs) {
        boolean create = stack.status.equals("REVIEW_IN_PROGRESS");
        Map<String, Resource> before = new LinkedHashMap<>();
        stack.resources.forEach((id, r) -> before.put(id, r.copy()));
        JsonNode oldTemplate = stack.template;
        String oldBody = stack.templateBody;
        Map<String, String> oldParameters = stack.parameters;
        stack.template = cs.template;
        stack.templateBody = cs.templateBody;
        stack.parameters = new LinkedHashMap<>(cs.parameters);
        stack.capabilities = cs.capabilities;
        stack.stackEvent(create ? "CREATE_IN_PROGRESS" : "UPDATE_IN_PROGRESS", "User Initiated");
        List<Change> ordered = new ArrayList<>(cs.changes.stream().filter(c -> !c.action().equals("Remove")).toList());
        ordered.addAll(cs.changes.stream().filter(c -> c.action().equals("Remove")).toList());
        List<BooleanSupplier> work = new ArrayList<>();
        for (Change change : ordered) {
            work.add(() -> apply(stack, change, create, before, oldTemplate, oldBody, oldParameters));
        }
        queue(stack, work, () -> stack.stackEvent(create ? "CREATE_COMPLETE" : "UPDATE_COMPLETE", null));
    }

    void delete(CloudFormationStubStack stack) {
        stack.steps.clear();
        stack.stackEvent("DELETE_IN_PROGRESS", "User Initiated");
        List<Resource> live = new ArrayList<>(stack.live().values());
        Collections.reverse(live);
        List<BooleanSupplier> work = new ArrayList<>();
        for (Resource resource : live) {
            work.add(() -> {
                if (resource.retained()) {
                    stack.resourceEvent(resource, "DELETE_SKIPPED", null);
                } else {
                    stack.resourceEvent(resource, "DELETE_IN_PROGRESS", null);
                    stack.resourceEvent(resource, "DELETE_COMPLETE", null);
                }
                return true;
            });
        }
        queue(stack, work, () -> {
            stack.stackEvent("DELETE_COMPLETE", null);
            stub.stacks.remove(CloudFormationStub.key(stack.region, stack.name));
        });
    }

    /** One step per piece of work; the last one also finishes, unless a piece failed (it queued a rollback). */
    private static void queue(CloudFormationStubStack stack, List<BooleanSupplier> work, Runnable finish) {
        if (work.isEmpty()) {
            stack.steps.add(finish);
            return;
        }
        for (int i = 0; i < work.size(); i++) {
            BooleanSupplier piece = work.get(i);
            boolean last = i == work.size() - 1;
            stack.steps.add(() -> {
                if (piece.getAsBoolean() && last) {
                    finish.run();
                }
            });
        }
    }

    private boolean apply(CloudFormationStubStack stack, Change change, boolean create, Map<String, Resource> before,
            JsonNode oldTemplate, String oldBody, Map<String, String> oldParameters) {
        JsonNode definition = stack.template.path("Resources").path(change.logicalId());
        String failure = stub.failures.get(CloudFormationStub.key(stack.region, stack.name) + "/" + change.logicalId());
        switch (change.action()) {
            case "Add" -> {
                Resource resource = new Resource(change.logicalId(), change.type(), definition.path("Properties"),
                        definition.path("DeletionPolicy").asText(null));
                resource.physicalId = stack.physicalId(change.logicalId(), change.type());
                stack.resources.put(change.logicalId(), resource);
                stack.resourceEvent(resource, "CREATE_IN_PROGRESS", null);
                if (failure != null) {
                    stack.resourceEvent(resource, "CREATE_FAILED", failure);
                    rollBack(stack, change.logicalId(), create, before, oldTemplate, oldBody, oldParameters);
                    return false;
                }
                stack.resourceEvent(resource, "CREATE_COMPLETE", null);
            }
            case "Modify" -> {
                Resource resource = stack.resources.get(change.logicalId());
                stack.resourceEvent(resource, "UPDATE_IN_PROGRESS",
                        "True".equals(change.replacement()) ? "Requested update requires the creation of a new physical resource; hence creating one." : null);
                if (failure != null) {
                    stack.resourceEvent(resource, "UPDATE_FAILED", failure);
                    rollBack(stack, change.logicalId(), false, before, oldTemplate, oldBody, oldParameters);
                    return false;
                }
                resource.type = change.type();
                resource.properties = definition.path("Properties");
                resource.deletionPolicy = definition.path("DeletionPolicy").asText(null);
                if ("True".equals(change.replacement())) {
                    resource.physicalId = stack.physicalId(change.logicalId(), change.type());
                }
                stack.resourceEvent(resource, "UPDATE_COMPLETE", null);
            }
            default -> {
                Resource resource = stack.resources.get(change.logicalId());
                if (resource.retained()) {
                    stack.resourceEvent(resource, "DELETE_SKIPPED", null);
                } else {
                    stack.resourceEvent(resource, "DELETE_IN_PROGRESS", null);
                    stack.resourceEvent(resource, "DELETE_COMPLETE", null);
                }
                stack.resources.remove(change.logicalId());
            }
        }
        return true;
    }

    private void rollBack(CloudFormationStubStack stack, String failed, boolean create, Map<String, Resource> before,
            JsonNode oldTemplate, String oldBody, Map<String, String> oldParameters) {
        stack.steps.clear();
        stack.stackEvent(create ? "ROLLBACK_IN_PROGRESS" : "UPDATE_ROLLBACK_IN_PROGRESS", "The following resource(s) failed to "
                + (create ? "create" : "update") + ": [" + failed + "]. Rollback requested by user.");
        List<String> touched = new ArrayList<>();
        stack.resources.forEach((logicalId, resource) -> {
            Resource old = before.get(logicalId);
            if (old == null || !old.exists() || !old.properties.equals(resource.properties) || !old.status.equals(resource.status)) {
                touched.add(logicalId);
            }
        });
        Collections.reverse(touched);
        List<BooleanSupplier> work = new ArrayList<>();
        for (String logicalId : touched) {
            work.add(() -> {
                Resource resource = stack.resources.get(logicalId);
                Resource old = before.get(logicalId);
                if (old == null || !old.exists()) {
                    stack.resourceEvent(resource, "DELETE_IN_PROGRESS", null);
                    stack.resourceEvent(resource, "DELETE_COMPLETE", null);
                    if (!create) {
                        stack.resources.remove(logicalId);
                    }
                } else {
                    stack.resources.put(logicalId, old);
                    stack.resourceEvent(old, "UPDATE_IN_PROGRESS", null);
                    stack.resourceEvent(old, "UPDATE_COMPLETE", null);
                }
                return true;
            });
        }
        queue(stack, work, () -> {
            if (create) {
                stack.stackEvent("ROLLBACK_COMPLETE", null);
            } else {
                stack.template = oldTemplate;
                stack.templateBody = oldBody;
                stack.parameters = oldParameters;
                stack.stackEvent("UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", null);
                stack.stackEvent("UPDATE_ROLLBACK_COMPLETE", null);
            }
        });
    }

    /** Output values once the stack is complete: the test's values, else deterministic fakes from the template. */
    Map<String, String> outputs(CloudFormationStubStack stack) {
        Map<String, String> outputs = new LinkedHashMap<>();
        if (!OUTPUTS_READY.contains(stack.status) || stack.template == null) {
            return outputs;
        }
        Map<String, String> given = stub.outputValues.getOrDefault(CloudFormationStub.key(stack.region, stack.name), Map.of());
        stack.template.path("Outputs").fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            outputs.put(key, given.containsKey(key) ? given.get(key) : fake(stack, key, entry.getValue().path("Value")));
        });
        return outputs;
    }

    private static String fake(CloudFormationStubStack stack, String key, JsonNode value) {
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.has("Ref")) {
            String ref = value.get("Ref").asText();
            if (stack.parameters.containsKey(ref)) {
                return stack.parameters.get(ref);
            }
            Resource resource = stack.resources.get(ref);
            return resource != null ? resource.physicalId : "stub-" + ref.toLowerCase();
        }
        if (value.has("Fn::GetAtt")) {
            JsonNode att = value.get("Fn::GetAtt");
            String logicalId = att.isArray() ? att.path(0).asText() : att.asText().split("\\.")[0];
            String attribute = att.isArray() ? att.path(1).asText() : att.asText().substring(logicalId.length() + 1);
            Resource resource = stack.resources.get(logicalId);
            String physical = resource != null ? resource.physicalId : logicalId.toLowerCase();
            return physical + "/" + attribute;
        }
        return "stub-" + stack.name + "-" + key;
    }
}
