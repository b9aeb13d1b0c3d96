package io.regionlab.deploy.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What Apply reads from a generated CloudFormation template without asking AWS. */
public final class Templates {

    /** CloudFormation refuses a larger TemplateBody; bigger templates must go through S3 (TemplateURL). */
    public static final int MAX_BODY_BYTES = 51_200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Templates() {
    }

    /** The template without the indentation of the exported file: same content, fewer bytes against the limit. */
    public static String compact(String template) {
        return read(template).toString();
    }

    /** Why CloudFormation would refuse this body, or empty when it fits. */
    public static Optional<String> tooLarge(String stack, String body) {
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes <= MAX_BODY_BYTES) {
            return Optional.empty();
        }
        return Optional.of("The template of stack " + stack + " is " + bytes + " bytes; CloudFormation accepts at most " + MAX_BODY_BYTES
                + " bytes in a TemplateBody. Split the Region's components across more stacks or deploy the exported template from S3.");
    }

    /** Every resource of the template as an Add: what a stack that does not exist yet will get. */
    public static List<Change> adds(String template) {
        List<Change> adds = new ArrayList<>();
        resources(template).forEach((id, node) -> adds.add(new Change(Change.ADD, id, node.path("Type").asText(), null, List.of(), List.of())));
        return adds.stream().sorted(Change.RISK_FIRST).toList();
    }

    /** Logical id → resource type of the resources a stack deletion leaves behind (DeletionPolicy Retain or Snapshot). */
    public static Map<String, String> retainedOnDelete(String template) {
        Map<String, String> kept = new LinkedHashMap<>();
        resources(template).forEach((id, node) -> {
            String policy = node.path("DeletionPolicy").asText("");
            if (policy.equals("Retain") || policy.equals("RetainExceptOnCreate") || policy.equals("Snapshot")) {
                kept.put(id, node.path("Type").asText() + (policy.equals("Snapshot") ? " (final snapshot)" : ""));
            }
        });
        return kept;
    }

    private static Map<String, JsonNode> resources(String template) {
        Map<String, JsonNode> resources = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = read(template).path("Resources").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            resources.put(field.getKey(), field.getValue());
        }
        return resources;
    }

    private static JsonNode read(String template) {
        try {
            return JSON.readTree(template);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON template: " + e.getOriginalMessage(), e);
        }
    }
}
