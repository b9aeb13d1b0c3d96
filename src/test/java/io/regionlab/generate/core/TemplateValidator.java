package io.regionlab.generate.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a CloudFormation template against the resource schemas of the AWS service spec
 * ({@code src/test/resources/cfn-spec/resources.json}, see tools/cfn-spec/extract.py): resource
 * types, property names and literal value types down through nested types, required properties,
 * and that every Ref, GetAtt and Sub variable names something that exists. Returns one line per
 * problem, naming the path.
 */
final class TemplateValidator {

    static final JsonNode SPEC = load();

    static final Set<String> PSEUDO = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region",
            "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");
    private static final Set<String> TOP = Set.of("AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Mappings", "Conditions",
            "Transform", "Resources", "Outputs", "Rules");
    private static final Set<String> RESOURCE_KEYS = Set.of("Type", "Properties", "DependsOn", "DeletionPolicy", "UpdateReplacePolicy", "Metadata",
            "Condition", "CreationPolicy", "UpdatePolicy");
    private static final Set<String> PARAMETER_KEYS = Set.of("Type", "Default", "Description", "AllowedPattern", "AllowedValues", "MinLength",
            "MaxLength", "MinValue", "MaxValue", "ConstraintDescription", "NoEcho");
    /** The resource types CloudFormation can snapshot on deletion (DeletionPolicy attribute reference). */
    static final Set<String> SNAPSHOT_TYPES = Set.of("AWS::EC2::Volume", "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup",
            "AWS::Neptune::DBCluster", "AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::Redshift::Cluster", "AWS::DocDB::DBCluster");
    private static final Set<String> INTRINSICS = Set.of("Ref", "Fn::GetAtt", "Fn::Sub", "Fn::Select", "Fn::Split", "Fn::Join");
    private static final Pattern PARAMETER_TYPE = Pattern.compile("String|Number|List<Number>|CommaDelimitedList"
            + "|(List<)?AWS::[A-Za-z0-9]+::[A-Za-z0-9]+(::[A-Za-z0-9]+)?(>)?"
            + "|AWS::SSM::Parameter::Name|AWS::SSM::Parameter::Value<[A-Za-z0-9:<>]+>");
    private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]{1,255}");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final JsonNode template;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> parameters = new HashSet<>();
    private final Set<String> resources = new HashSet<>();

    private TemplateValidator(JsonNode template) {
        this.template = template;
    }

    static List<String> problems(JsonNode template) {
        TemplateValidator v = new TemplateValidator(template);
        v.check();
        return v.problems;
    }

    private static JsonNode load() {
        try (InputStream in = TemplateValidator.class.getResourceAsStream("/cfn-spec/resources.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check() {
        template.fieldNames().forEachRemaining(k -> {
            if (!TOP.contains(k)) {
                problems.add(k + ": not a template section");
            }
        });
        if (!"2010-09-09".equals(template.path("AWSTemplateFormatVersion").asText())) {
            problems.add("AWSTemplateFormatVersion: expected 2010-09-09");
        }
        if (template.path("Description").asText().length() > 1024) {
            problems.add("Description: longer than 1024 characters");
        }
        template.path("Parameters").fieldNames().forEachRemaining(parameters::add);
        template.path("Resources").fieldNames().forEachRemaining(resources::add);
        checkParameters();
        checkResources();
        checkOutputs();
        for (String name : List.of("Parameters", "Resources", "Outputs")) {
            references(template.path(name), name);
        }
    }

    private void checkParameters() {
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Parameters").fields(); it.hasNext();) {
            var e = it.next();
            String at = "Parameters." + e.getKey();
            JsonNode p = e.getValue();
            p.fieldNames().forEachRemaining(k -> {
                if (!PARAMETER_KEYS.contains(k)) {
                    problems.add(at + "." + k + ": not a parameter property");
                }
            });
            if (!PARAMETER_TYPE.matcher(p.path("Type").asText()).matches()) {
                problems.add(at + ".Type: '" + p.path("Type").asText() + "' is not a parameter type");
            }
            if (resources.contains(e.getKey())) {
                problems.add(at + ": a resource has the same logical id");
            }
            if (p.has("Default") && p.has("AllowedPattern") && !Pattern.matches(p.get("AllowedPattern").asText(), p.get("Default").asText())) {
                problems.add(at + ".Default: does not match AllowedPattern");
            }
        }
    }

    private void checkResources() {
        JsonNode rs = template.path("Resources");
        if (!rs.isObject() || rs.isEmpty()) {
            problems.add("Resources: a template needs at least one resource");
            return;
        }
        if (rs.size() > 500) {
            problems.add("Resources: more than 500");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = rs.fields(); it.hasNext();) {
            var e = it.next();
            String at = "Resources." + e.getKey();
            JsonNode r = e.getValue();
            if (!LOGICAL_ID.matcher(e.getKey()).matches()) {
                problems.add(at + ": logical ids are alphanumeric");
            }
            r.fieldNames().forEachRemaining(k -> {
                if (!RESOURCE_KEYS.contains(k)) {
                    problems.add(at + "." + k + ": not a resource attribute");
                }
            });
            String type = r.path("Type").asText();
            JsonNode spec = SPEC.path("resources").path(type);
            if (spec.isMissingNode()) {
                problems.add(at + ".Type: " + type + " is not a resource type of the spec (add it to tools/cfn-spec/extract.py)");
                continue;
            }
            for (String policy : List.of("DeletionPolicy", "UpdateReplacePolicy")) {
                if (r.has(policy)) {
                    String value = r.get(policy).asText();
                    if (!Set.of("Delete", "Retain", "RetainExceptOnCreate", "Snapshot").contains(value)) {
                        problems.add(at + "." + policy + ": '" + value + "' is not a policy");
                    } else if (value.equals("Snapshot") && !SNAPSHOT_TYPES.contains(type)) {
                        problems.add(at + "." + policy + ": " + type + " cannot be snapshotted");
                    }
                }
            }
            for (JsonNode d : r.path("DependsOn").isArray() ? r.get("DependsOn") : List.of(r.path("DependsOn"))) {
                if (!d.isMissingNode() && !resources.contains(d.asText())) {
                    problems.add(at + ".DependsOn: no resource " + d.asText());
                }
            }
            JsonNode props = r.path("Properties");
            if (props.isMissingNode()) {
                props = new ObjectMapper().createObjectNode();
            }
            if (!props.isObject()) {
                problems.add(at + ".Properties: expected an object");
                continue;
            }
            object(props, spec.path("properties"), at + ".Properties");
        }
    }

    private void checkOutputs() {
        JsonNode os = template.path("Outputs");
        if (os.size() > 200) {
            problems.add("Outputs: more than 200");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = os.fields(); it.hasNext();) {
            var e = it.next();
            if (!e.getValue().has("Value")) {
                problems.add("Outputs." + e.getKey() + ": no Value");
            }
            e.getValue().fieldNames().forEachRemaining(k -> {
                if (!Set.of("Description", "Value", "Export", "Condition").contains(k)) {
                    problems.add("Outputs." + e.getKey() + "." + k + ": not an output property");
                }
            });
        }
    }

    private void object(JsonNode value, JsonNode propertySpecs, String at) {
        for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
            String name = names.next();
            JsonNode spec = propertySpecs.path(name);
            if (spec.isMissingNode()) {
                problems.add(at + "." + name + ": no such property");
            } else {
                type(value.get(name), spec.path("type"), at + "." + name);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = propertySpecs.fields(); it.hasNext();) {
            var e = it.next();
            if (e.getValue().path("required").asBoolean(false) && !value.has(e.getKey())) {
                problems.add(at + "." + e.getKey() + ": required");
            }
        }
    }

    private void type(JsonNode v, JsonNode type, String at) {
        if (intrinsic(v)) {
            return;
        }
        String kind = type.path("type").asText();
        switch (kind) {
            case "string", "date-time" -> {
                if (!v.isTextual()) {
                    problems.add(at + ": expected a string, got " + v);
                } else if (type.has("allowed") && !contains(type.get("allowed"), v.asText())) {
                    problems.add(at + ": '" + v.asText() + "' is not one of " + type.get("allowed"));
                }
            }
            case "integer" -> expect(v.isIntegralNumber(), at, "a whole number", v);
            case "number" -> expect(v.isNumber(), at, "a number", v);
            case "boolean" -> expect(v.isBoolean(), at, "true or false", v);
            case "json" -> expect(v.isObject() || v.isTextual(), at, "a JSON object", v);
            case "tag" -> {
                if (!v.isObject() || !v.has("Key") || !v.has("Value") || v.size() != 2) {
                    problems.add(at + ": expected a tag {Key, Value}, got " + v);
                }
            }
            case "array" -> {
                if (!v.isArray()) {
                    problems.add(at + ": expected a list, got " + v);
                } else {
                    for (int i = 0; i < v.size(); i++) {
                        type(v.get(i), type.path("element"), at + "[" + i + "]");
                    }
                }
            }
            case "map" -> {
                if (!v.isObject()) {
                    problems.add(at + ": expected a map, got " + v);
                } else {
                    v.fields().forEachRemaining(e -> type(e.getValue(), type.path("element"), at + "." + e.getKey()));
                }
            }
            case "ref" -> {
                JsonNode def = SPEC.path("types").path(type.path("name").asText());
                if (!v.isObject()) {
                    problems.add(at + ": expected an object (" + type.path("name").asText() + "), got " + v);
                } else if (def.isMissingNode()) {
                    problems.add(at + ": the spec extract lacks type " + type.path("name").asText());
                } else {
                    object(v, def.path("properties"), at);
                }
            }
            case "union" -> {
                boolean any = false;
                for (JsonNode option : type.path("types")) {
                    TemplateValidator probe = new TemplateValidator(template);
                    probe.type(v, option, at);
                    any |= probe.problems.isEmpty();
                }
                expect(any, at, "one of " + type.path("types"), v);
            }
            default -> problems.add(at + ": unknown spec type " + kind);
        }
    }

    private void expect(boolean ok, String at, String expected, JsonNode got) {
        if (!ok) {
            problems.add(at + ": expected " + expected + ", got " + got);
        }
    }

    private static boolean contains(JsonNode values, String value) {
        for (JsonNode v : values) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    static boolean intrinsic(JsonNode v) {
        if (!v.isObject() || v.size() != 1) {
            return false;
        }
        String key = v.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::");
    }

    /** Every Ref, GetAtt and Sub variable under {@code node} names a parameter, a resource (with that attribute) or a pseudo parameter. */
    private void references(JsonNode node, String at) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                references(node.get(i), at + "[" + i + "]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (intrinsic(node)) {
            String fn = node.fieldNames().next();
            JsonNode arg = node.get(fn);
            if (!INTRINSICS.contains(fn)) {
                problems.add(at + ": intrinsic function " + fn + " is not one the writer is checked for");
            }
            switch (fn) {
                case "Ref" -> {
                    if (!arg.isTextual() || !(parameters.contains(arg.asText()) || resources.contains(arg.asText()) || PSEUDO.contains(arg.asText()))) {
                        problems.add(at + ": Ref to nothing: " + arg);
                    }
                }
                case "Fn::GetAtt" -> {
                    if (!arg.isArray() || arg.size() != 2) {
                        problems.add(at + ": Fn::GetAtt takes [resource, attribute]");
                    } else {
                        getAtt(arg.get(0).asText(), arg.get(1).asText(), at);
                    }
                }
                case "Fn::Sub" -> {
                    String text = arg.isArray() ? arg.path(0).asText() : arg.asText();
                    Set<String> local = new HashSet<>();
                    if (arg.isArray()) {
                        arg.path(1).fieldNames().forEachRemaining(local::add);
                        references(arg.path(1), at + ".Fn::Sub[1]");
                    }
                    Matcher m = SUB_VARIABLE.matcher(text);
                    while (m.find()) {
                        String var = m.group(1);
                        if (var.startsWith("!") || local.contains(var) || parameters.contains(var) || resources.contains(var) || PSEUDO.contains(var)) {
                            continue;
                        }
                        int dot = var.indexOf('.');
                        if (dot > 0) {
                            getAtt(var.substring(0, dot), var.substring(dot + 1), at);
                        } else {
                            problems.add(at + ": Fn::Sub variable ${" + var + "} names nothing");
                        }
                    }
                }
                default -> references(arg, at + "." + fn);
            }
            return;
        }
        node.fields().forEachRemaining(e -> references(e.getValue(), at + "." + e.getKey()));
    }

    private void getAtt(String resource, String attribute, String at) {
        if (!resources.contains(resource)) {
            problems.add(at + ": GetAtt of no resource " + resource);
            return;
        }
        String type = template.path("Resources").path(resource).path("Type").asText();
        JsonNode attributes = SPEC.path("resources").path(type).path("attributes");
        if (!contains(attributes, attribute)) {
            problems.add(at + ": " + type + " has no attribute " + attribute + " (" + attributes + ")");
        }
    }
}
