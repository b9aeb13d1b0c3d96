package io.regionlab.generate.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated CloudFormation is valid, not just present: every template of every reference
 * design (and of the DESIGN.md example, and a design that uses every option) is checked against the
 * current CloudFormation resource schemas, its references resolve, it holds no placeholder or
 * account-specific value, and the deployment plan wires outputs that exist to parameters that exist
 * in an order that deploys.
 */
class CloudFormationSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CloudFormationWriter WRITER = new CloudFormationWriter();
    private static final Pattern STACK_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]{0,127}");
    private static final Pattern ACCOUNT_ARN = Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:[0-9]{12}:");
    /** Marks of a value someone must fill in, matched as written; "example" in any case. */
    private static final List<String> PLACEHOLDERS = List.of("123456789012", "REPLACE", "TODO", "FIXME", "CHANGEME", "CHANGE_ME", "XXXX");
    private static final Pattern ANGLE_PLACEHOLDER = Pattern.compile("<[a-z][a-z _-]*>");

    static Map<String, Topology> designs() {
        Map<String, Topology> designs = new LinkedHashMap<>(ReferenceDesigns.all());
        Topology sink = ReferenceDesigns.kitchenSink();
        designs.put(sink.name(), sink);
        return designs;
    }

    static Stream<Arguments> templates() {
        List<Arguments> out = new ArrayList<>();
        designs().forEach((name, t) -> WRITER.write(t).stream().filter(f -> f.path().endsWith(".template.json"))
                .forEach(f -> out.add(Arguments.of(name, f.path(), f.content()))));
        return out.stream();
    }

    static Stream<Arguments> designNames() {
        return designs().keySet().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("templates")
    void everyTemplateMatchesTheResourceSchemasAndItsReferencesResolve(String design, String path, String content) throws Exception {
        assertThat(TemplateValidator.problems(JSON.readTree(content))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("templates")
    void noTemplateHoldsAPlaceholderOrAnAccountSpecificValue(String design, String path, String content) throws Exception {
        Set<String> domains = new HashSet<>();
        designs().get(design).componentsOf(ComponentKind.DNS_RECORD).forEach(c -> domains.add(c.props(Properties.DnsRecord.class).domain()));
        List<String> found = new ArrayList<>();
        strings(JSON.readTree(content), "", (at, text) -> {
            String checked = text;
            for (String domain : domains) {
                checked = checked.replace(domain, "");
            }
            String plain = checked;
            PLACEHOLDERS.stream().filter(plain::contains).forEach(p -> found.add(at + ": contains '" + p + "': " + text));
            if (ANGLE_PLACEHOLDER.matcher(checked).find()) {
                found.add(at + ": an <angle-bracket> placeholder: " + text);
            }
            if (checked.toLowerCase(Locale.ROOT).contains("example")) {
                found.add(at + ": contains 'example': " + text);
            }
            if (ACCOUNT_ARN.matcher(checked).find()) {
                found.add(at + ": an ARN with a literal account id: " + text);
            }
        });
        assertThat(found).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designNames")
    void thePlanWiresOutputsThatExistToParametersThatExist(String design) throws Exception {
        Map<String, JsonNode> templates = templatesOf(design);
        DeploymentPlan plan = planOf(design);
        List<String> problems = new ArrayList<>();
        assertThat(plan.stacks()).extracting(StackPlan::template).containsExactlyInAnyOrderElementsOf(templates.keySet());
        for (StackPlan stack : plan.stacks()) {
            JsonNode params = templates.get(stack.template()).path("Parameters");
            Set<String> wired = new HashSet<>();
            for (ParameterWiring w : stack.parameters()) {
                wired.add(w.name());
                if (!params.has(w.name())) {
                    problems.add(stack.name() + ": wired parameter " + w.name() + " is not in its template");
                } else if (params.get(w.name()).has("Default")) {
                    problems.add(stack.name() + ": wired parameter " + w.name() + " has a default");
                }
                var from = plan.stack(w.fromStack());
                if (from.isEmpty()) {
                    problems.add(stack.name() + ": " + w.name() + " comes from no stack " + w.fromStack());
                } else if (!templates.get(from.get().template()).path("Outputs").has(w.output())) {
                    problems.add(stack.name() + ": " + w.name() + " takes output " + w.output() + ", which " + w.fromStack() + " does not have");
                } else if (!stack.dependsOn().contains(w.fromStack())) {
                    problems.add(stack.name() + ": takes " + w.name() + " from " + w.fromStack() + " without depending on it");
                }
            }
            params.fieldNames().forEachRemaining(p -> {
                boolean supplied = wired.contains(p) || stack.inputs().contains(p) || params.get(p).has("Default");
                if (!supplied) {
                    problems.add(stack.name() + ": nothing supplies parameter " + p);
                }
            });
            stack.inputs().forEach(p -> {
                if (!params.has(p) || params.get(p).has("Default") || wired.contains(p)) {
                    problems.add(stack.name() + ": input " + p + " is not a parameter without a default");
                }
            });
            boolean iam = false;
            for (JsonNode r : templates.get(stack.template()).path("Resources")) {
                iam |= r.path("Type").asText().startsWith("AWS::IAM::");
            }
            if (iam != stack.capabilities().contains("CAPABILITY_IAM")) {
                problems.add(stack.name() + ": CAPABILITY_IAM should be " + (iam ? "asked for" : "left out"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designNames")
    void stacksAreListedAfterWhatTheyDependOnSoTheyHaveNoCycle(String design) throws Exception {
        DeploymentPlan plan = planOf(design);
        Map<String, JsonNode> templates = templatesOf(design);
        List<String> seen = new ArrayList<>();
        for (StackPlan stack : plan.stacks()) {
            assertThat(stack.name()).matches(STACK_NAME);
            assertThat(seen).as("%s depends only on stacks listed before it", stack.name()).containsAll(stack.dependsOn());
            assertThat(stack.dependsOn()).doesNotContain(stack.name()).doesNotHaveDuplicates();
            seen.add(stack.name());
            if (stack.template().equals("global.template.json")) {
                assertThat(stack.region()).isEqualTo("us-east-1");
                continue;
            }
            for (JsonNode r : templates.get(stack.template()).path("Resources")) {
                JsonNode zone = r.path("Properties").path("AvailabilityZone");
                if (zone.isTextual()) {
                    assertThat(zone.asText()).as("a zone of the stack's Region").startsWith(stack.region());
                }
            }
        }
        assertThat(seen).doesNotHaveDuplicates();
    }

    @Test
    void theSpecExtractRecordsWhereItComesFrom() {
        assertThat(TemplateValidator.SPEC.path("source").asText()).isEqualTo("@aws-cdk/aws-service-spec");
        assertThat(TemplateValidator.SPEC.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(TemplateValidator.SPEC.path("resources").size()).isGreaterThan(30);
    }

    /** The validator is not vacuous: each kind of mistake it exists to catch is caught. */
    @Test
    void theValidatorCatchesEachKindOfMistake() throws Exception {
        ObjectNode t = (ObjectNode) JSON.readTree("""
                {"AWSTemplateFormatVersion": "2010-09-09",
                 "Parameters": {"Size": {"Type": "Number", "Default": 1}},
                 "Resources": {
                   "Bucket": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Snapshot",
                     "Properties": {"BucketNme": "b", "VersioningConfiguration": {"Status": "On"},
                                    "PublicAccessBlockConfiguration": {"BlockPublicAcls": "yes"}, "Tags": [{"Key": "a"}]}},
                   "Group": {"Type": "AWS::AutoScaling::AutoScalingGroup",
                     "Properties": {"MinSize": 1, "LaunchTemplate": {"LaunchTemplateId": {"Ref": "Template"}},
                                    "VPCZoneIdentifier": [{"Fn::GetAtt": ["Bucket", "Nope"]}]}},
                   "Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {},
                     "Description": {"Fn::Sub": "${Missing} ${Bucket.Arn} ${AWS::Region} ${!Literal}"}}},
                   "Launch": {"Type": "AWS::AutoScaling::LaunchConfiguration"}
                 }}
                """);
        assertThat(TemplateValidator.problems(t)).containsExactlyInAnyOrder(
                "Resources.Bucket.DeletionPolicy: AWS::S3::Bucket cannot be snapshotted",
                "Resources.Bucket.Properties.BucketNme: no such property",
                "Resources.Bucket.Properties.VersioningConfiguration.Status: 'On' is not one of [\"Enabled\",\"Suspended\"]",
                "Resources.Bucket.Properties.PublicAccessBlockConfiguration.BlockPublicAcls: expected true or false, got \"yes\"",
                "Resources.Bucket.Properties.Tags[0]: expected a tag {Key, Value}, got {\"Key\":\"a\"}",
                "Resources.Group.Properties.MinSize: expected a string, got 1",
                "Resources.Group.Properties.LaunchTemplate.Version: required",
                "Resources.Group.Properties.MaxSize: required",
                "Resources.Launch.Type: AWS::AutoScaling::LaunchConfiguration is not a resource type of the spec (add it to tools/cfn-spec/extract.py)",
                "Resources.Group.Properties.LaunchTemplate.LaunchTemplateId: Ref to nothing: \"Template\"",
                "Resources.Group.Properties.VPCZoneIdentifier[0]: AWS::S3::Bucket has no attribute Nope (" + TemplateValidator.SPEC.path("resources")
                        .path("AWS::S3::Bucket").path("attributes") + ")",
                "Resources.Role.Properties.Description: Fn::Sub variable ${Missing} names nothing");
    }

    private static Map<String, JsonNode> templatesOf(String design) throws Exception {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (GeneratedFile f : WRITER.write(designs().get(design))) {
            if (f.path().endsWith(".template.json")) {
                out.put(f.path().substring(f.path().lastIndexOf('/') + 1), JSON.readTree(f.content()));
            }
        }
        return out;
    }

    private static DeploymentPlan planOf(String design) {
        return WRITER.plan(designs().get(design));
    }

    private interface StringVisitor {
        void visit(String at, String text);
    }

    private static void strings(JsonNode node, String at, StringVisitor visitor) {
        if (node.isTextual()) {
            visitor.visit(at, node.asText());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strings(node.get(i), at + "[" + i + "]", visitor);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                visitor.visit(at + "." + e.getKey() + " (key)", e.getKey());
                strings(e.getValue(), at + "." + e.getKey(), visitor);
            });
        }
    }
}
