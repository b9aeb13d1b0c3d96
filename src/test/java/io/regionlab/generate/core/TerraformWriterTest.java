package io.regionlab.generate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.regionlab.generate.core.TerraformParser.Parsed;
import io.regionlab.generate.core.TerraformParser.Reference;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.Topology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Terraform root module of every reference design, of the DESIGN.md example and of a design that
 * uses every option ({@link ReferenceDesigns#KITCHEN_SINK}) is valid: HashiCorp's HCL parser reads
 * every file, every reference resolves, every type is one the AWS provider has, every resource is in
 * the Region its component is in, and nothing account-specific is written. The golden files under
 * {@code src/test/resources/golden/terraform/} show what is generated; {@code -Dgolden.update=true}
 * rewrites them.
 */
class TerraformWriterTest {

    private static final TerraformWriter WRITER = new TerraformWriter();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/terraform");

    /**
     * The resource types of the AWS provider the writer may use, each checked against the provider's
     * documentation (website/docs/r/&lt;type&gt;.html.markdown of hashicorp/terraform-provider-aws),
     * with the attributes other resources may read from it.
     */
    static final Map<String, Set<String>> RESOURCE_TYPES = Map.ofEntries(
            Map.entry("aws_vpc", Set.of("id")),
            Map.entry("aws_internet_gateway", Set.of("id")),
            Map.entry("aws_subnet", Set.of("id")),
            Map.entry("aws_route_table", Set.of("id")),
            Map.entry("aws_route", Set.of()),
            Map.entry("aws_route_table_association", Set.of()),
            Map.entry("aws_eip", Set.of("id")),
            Map.entry("aws_nat_gateway", Set.of("id")),
            Map.entry("aws_vpc_endpoint", Set.of()),
            Map.entry("aws_security_group", Set.of("id")),
            Map.entry("aws_vpc_security_group_ingress_rule", Set.of()),
            Map.entry("aws_vpc_security_group_egress_rule", Set.of()),
            Map.entry("aws_lb", Set.of("arn", "dns_name", "zone_id")),
            Map.entry("aws_lb_target_group", Set.of("arn")),
            Map.entry("aws_lb_listener", Set.of()),
            Map.entry("aws_iam_role", Set.of("arn", "id", "name")),
            Map.entry("aws_iam_role_policy", Set.of()),
            Map.entry("aws_iam_role_policy_attachment", Set.of()),
            Map.entry("aws_iam_instance_profile", Set.of("arn")),
            Map.entry("aws_launch_template", Set.of("id", "latest_version")),
            Map.entry("aws_autoscaling_group", Set.of()),
            Map.entry("aws_sagemaker_model", Set.of("name")),
            Map.entry("aws_sagemaker_endpoint_configuration", Set.of("name")),
            Map.entry("aws_sagemaker_endpoint", Set.of("arn", "name")),
            Map.entry("aws_sagemaker_notebook_instance", Set.of()),
            Map.entry("aws_db_subnet_group", Set.of("name")),
            Map.entry("aws_db_instance", Set.of("arn", "identifier", "master_user_secret")),
            Map.entry("aws_dynamodb_table", Set.of("arn", "name")),
            Map.entry("aws_dynamodb_table_replica", Set.of()),
            Map.entry("aws_appautoscaling_target", Set.of("resource_id", "scalable_dimension", "service_namespace")),
            Map.entry("aws_appautoscaling_policy", Set.of()),
            Map.entry("aws_s3_bucket", Set.of("arn", "bucket", "bucket_regional_domain_name", "id")),
            Map.entry("aws_s3_bucket_ownership_controls", Set.of()),
            Map.entry("aws_s3_bucket_versioning", Set.of()),
            Map.entry("aws_s3_bucket_server_side_encryption_configuration", Set.of()),
            Map.entry("aws_s3_bucket_public_access_block", Set.of()),
            Map.entry("aws_s3_bucket_policy", Set.of()),
            Map.entry("aws_s3_bucket_replication_configuration", Set.of()),
            Map.entry("aws_elasticache_subnet_group", Set.of("name")),
            Map.entry("aws_elasticache_replication_group", Set.of()),
            Map.entry("aws_cloudfront_origin_access_control", Set.of("id")),
            Map.entry("aws_cloudfront_distribution", Set.of("arn", "domain_name", "hosted_zone_id")),
            Map.entry("aws_route53_record", Set.of()),
            Map.entry("aws_route53_health_check", Set.of("id")));

    /** The data sources the writer may use (website/docs/d/&lt;type&gt;.html.markdown), with the attributes read from them. */
    static final Map<String, Set<String>> DATA_TYPES = Map.of(
            "aws_partition", Set.of("partition"),
            "aws_caller_identity", Set.of("account_id"),
            "aws_ssm_parameter", Set.of("insecure_value"),
            "aws_kms_key", Set.of("arn"),
            "aws_cloudfront_cache_policy", Set.of("id"),
            "aws_cloudfront_origin_request_policy", Set.of("id"));

    /** Resources that hold data: nothing may destroy them unasked. */
    static final Set<String> STATEFUL = Set.of("aws_db_instance", "aws_dynamodb_table", "aws_dynamodb_table_replica", "aws_s3_bucket",
            "aws_elasticache_replication_group");

    /** A written and parsed module. */
    record Module(Topology topology, Map<String, String> files, Map<String, Parsed> parsed) {

        JsonNode body(String file) {
            return parsed.get(file).body();
        }

        /** The one block of {@code resource.<type>.<name>}, or a missing node. */
        JsonNode resource(String type, String name) {
            return body("main.tf").path("resource").path(type).path(name).path(0);
        }

        JsonNode data(String type, String name) {
            return body("main.tf").path("data").path(type).path(name).path(0);
        }

        /** Every resource or data block of main.tf as {@code resource.type.name} → block. */
        Map<String, JsonNode> blocks() {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (String kind : List.of("resource", "data")) {
                body("main.tf").path(kind).fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(name -> {
                    for (JsonNode block : name.getValue()) {
                        if (out.put(kind + "." + type.getKey() + "." + name.getKey(), block) != null) {
                            fail("declared twice: " + kind + "." + type.getKey() + "." + name.getKey());
                        }
                    }
                }));
            }
            return out;
        }

        String text() {
            return String.join("\n", files.values());
        }
    }

    /** All the designs, written and parsed once: parsing runs Node, which takes seconds. */
    private static final class Written {
        static final Map<String, Module> ALL = writeAndParse();

        private static Map<String, Module> writeAndParse() {
            Map<String, Topology> designs = new LinkedHashMap<>(ReferenceDesigns.all());
            Topology sink = ReferenceDesigns.kitchenSink();
            designs.put(sink.name(), sink);
            try {
                Path dir = Files.createTempDirectory("terraform-writer");
                Map<String, Map<String, String>> files = new LinkedHashMap<>();
                List<Path> paths = new ArrayList<>();
                designs.forEach((name, topology) -> {
                    Map<String, String> byName = new LinkedHashMap<>();
                    for (GeneratedFile f : WRITER.write(topology)) {
                        String file = f.path().substring(f.path().lastIndexOf('/') + 1);
                        byName.put(file, f.content());
                        Path path = dir.resolve(Naming.slug(name)).resolve(file);
                        write(path, f.content());
                        paths.add(path);
                    }
                    files.put(name, byName);
                });
                Map<Path, Parsed> parsed = TerraformParser.parse(paths);
                Map<String, Module> out = new LinkedHashMap<>();
                designs.forEach((name, topology) -> {
                    Map<String, Parsed> byFile = new LinkedHashMap<>();
                    files.get(name).keySet().forEach(file -> byFile.put(file, parsed.get(dir.resolve(Naming.slug(name)).resolve(file))));
                    out.put(name, new Module(topology, files.get(name), byFile));
                });
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Stream<String> designs() {
        return Stream.concat(ReferenceDesigns.all().keySet().stream(), Stream.of(ReferenceDesigns.kitchenSink().name()));
    }

    static Stream<String> goldenDesigns() {
        return ReferenceDesigns.all().keySet().stream();
    }

    private static Module module(String design) {
        return Written.ALL.get(design);
    }

    // --- valid for every design -------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("designs")
    void everyFileIsValidHcl(String design) {
        Module m = module(design);
        assertThat(m.files().keySet()).containsExactly("versions.tf", "providers.tf", "variables.tf", "main.tf", "outputs.tf");
        m.parsed().forEach((file, parsed) -> assertThat(parsed.error()).as(design + " " + file + " parses").isNull());
        assertThat(m.body("versions.tf").path("terraform").path(0).path("required_providers").path(0).path("aws").path("source").asText())
                .isEqualTo("hashicorp/aws");
        assertThat(m.body("main.tf").path("resource").size()).isPositive();
        assertThat(m.body("outputs.tf").path("output").size()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void everyReferenceResolvesToSomethingDeclared(String design) {
        Module m = module(design);
        Set<String> variables = names(m.body("variables.tf").path("variable"));
        Set<String> aliases = new HashSet<>();
        m.body("providers.tf").path("provider").path("aws").forEach(p -> aliases.add(p.path("alias").asText()));
        Set<String> locals = new HashSet<>();
        m.parsed().values().forEach(p -> p.body().path("locals").forEach(l -> l.fieldNames().forEachRemaining(locals::add)));
        Map<String, JsonNode> blocks = m.blocks();

        List<String> unresolved = new ArrayList<>();
        int checked = 0;
        for (var file : m.parsed().entrySet()) {
            for (Reference r : file.getValue().references()) {
                if (r.at().matches("variable\\.[^.]+\\.\\d+\\.type") || r.at().matches(".*\\.lifecycle\\.\\d+\\.ignore_changes\\.\\d+")) {
                    continue;
                }
                checked++;
                String problem = resolve(r, variables, locals, aliases, blocks);
                if (problem != null) {
                    unresolved.add(file.getKey() + " " + r.at() + ": " + r.ref() + " " + problem);
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(unresolved).as(design).isEmpty();
    }

    private static String resolve(Reference r, Set<String> variables, Set<String> locals, Set<String> aliases, Map<String, JsonNode> blocks) {
        String[] parts = r.ref().split("\\.");
        switch (parts[0]) {
            case "var":
                return variables.contains(parts[1]) ? null : "is no variable";
            case "local":
                return locals.contains(parts[1]) ? null : "is no local value";
            case "aws":
                return parts.length == 2 && aliases.contains(parts[1]) && r.at().endsWith(".provider") ? null : "is no provider alias";
            case "data": {
                if (parts.length < 4 || !blocks.containsKey("data." + parts[1] + "." + parts[2])) {
                    return "is no data source";
                }
                return DATA_TYPES.getOrDefault(parts[1], Set.of()).contains(parts[3]) ? null : "reads an attribute not in the allow-list";
            }
            default: {
                if (!parts[0].startsWith("aws_") || parts.length < 2 || !blocks.containsKey("resource." + parts[0] + "." + parts[1])) {
                    return "is no resource";
                }
                if (parts.length == 2) {
                    return r.at().matches(".*\\.depends_on\\.\\d+") ? null : "names a resource outside depends_on";
                }
                return RESOURCE_TYPES.getOrDefault(parts[0], Set.of()).contains(parts[2]) ? null : "reads an attribute not in the allow-list";
            }
        }
    }

    @ParameterizedTest
    @MethodSource("designs")
    void usesOnlyResourceTypesTheAwsProviderHas(String design) {
        Module m = module(design);
        m.body("main.tf").path("resource").fieldNames().forEachRemaining(type -> assertThat(RESOURCE_TYPES).as(design).containsKey(type));
        m.body("main.tf").path("data").fieldNames().forEachRemaining(type -> assertThat(DATA_TYPES).as(design).containsKey(type));
        assertThat(m.text()).doesNotContain("aws_launch_configuration");
    }

    @ParameterizedTest
    @MethodSource("designs")
    void everyResourceUsesTheProviderOfItsComponentsRegion(String design) {
        Module m = module(design);
        Topology t = m.topology();
        Map<String, String> origins = new TreeMap<>();
        t.components().forEach(c -> origins.put(TerraformHcl.name(c.id()), TerraformModule.regionOf(c)));
        t.regions().forEach(r -> origins.put(TerraformHcl.name(r.code()), r.code()));
        String primary = t.regions().stream().filter(r -> r.role().code().equals("primary")).findFirst().orElseThrow().code();

        m.blocks().forEach((address, block) -> {
            String[] parts = address.split("\\.");
            String type = parts[1];
            String name = parts[2];
            String expected;
            if (type.startsWith("aws_route53_") || type.startsWith("aws_cloudfront_")) {
                expected = "us-east-1";
            } else if (name.equals("current")) {
                expected = primary;
            } else {
                expected = origins.entrySet().stream().filter(e -> name.equals(e.getKey()) || name.startsWith(e.getKey() + "_"))
                        .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length())).map(Map.Entry::getValue)
                        .orElseThrow(() -> new AssertionError(address + " is named after no component or Region"));
            }
            assertThat(block.path("provider").asText()).as(design + " " + address).isEqualTo("${aws." + TerraformHcl.name(expected) + "}");
        });
    }

    @ParameterizedTest
    @MethodSource("designs")
    void writesNoAccountIdsArnsOrPlaceholders(String design) {
        String text = module(design).text();
        assertThat(text).doesNotContain("123456789012").doesNotContain("arn:aws:");
        assertThat(Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:[0-9]{12}:").matcher(text).find()).isFalse();
        assertThat(Pattern.compile("(?i)replace[ _-]?me|change[ _-]?me|\\btodo\\b|fixme|placeholder|xxxx|<[a-z _-]+>").matcher(text).find())
                .as(design).isFalse();
        assertThat(text).doesNotContainPattern("(?i)\\bpassword\\s*=");
    }

    @ParameterizedTest
    @MethodSource("designs")
    void statefulResourcesCannotBeDestroyedUnasked(String design) {
        Module m = module(design);
        m.blocks().forEach((address, block) -> {
            if (STATEFUL.contains(address.split("\\.")[1]) && address.startsWith("resource.")) {
                assertThat(block.path("lifecycle").path(0).path("prevent_destroy").asBoolean()).as(design + " " + address).isTrue();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("designs")
    void writingIsDeterministic(String design) {
        Topology t = module(design).topology();
        assertThat(WRITER.write(t)).isEqualTo(WRITER.write(t));
    }

    @ParameterizedTest
    @MethodSource("goldenDesigns")
    void matchesItsGoldenFiles(String design) throws IOException {
        Module m = module(design);
        Path dir = GOLDEN.resolve(Naming.slug(design));
        boolean update = Boolean.getBoolean("golden.update");
        for (var file : m.files().entrySet()) {
            Path golden = dir.resolve(file.getKey());
            if (update) {
                write(golden, file.getValue());
            } else if (!Files.exists(golden)) {
                fail("No golden file " + golden + ": run the tests with -Dgolden.update=true, then read it");
            }
            assertThat(file.getValue()).as(golden.toString()).isEqualTo(Files.readString(golden));
        }
    }

    // --- what a deployment needs -------------------------------------------------------------------------------

    @Test
    void oneProviderPerRegionAndUsEast1ForRoute53AndCloudFront() {
        assertThat(aliases(module("warm-standby"))).containsExactly("eu_west_1", "eu_central_1", "us_east_1");
        assertThat(aliases(module("active-active-three-regions"))).containsExactly("us_east_1", "eu_west_1", "ap_southeast_2");
        Topology example = ReferenceDesigns.example();
        Topology regional = new Topology(example.name(), example.description(), example.regions(),
                example.components().stream().filter(c -> !c.kind().isGlobal()).toList(),
                example.links().stream().filter(l -> !l.from().equals("dns")).toList(), example.recovery());
        assertThat(regional.components()).noneMatch(c -> c.kind().isGlobal());
        String providers = WRITER.write(regional).stream().filter(f -> f.path().endsWith("providers.tf")).findFirst().orElseThrow().content();
        assertThat(providers).contains("alias  = \"us_west_2\"", "alias  = \"eu_west_1\"").doesNotContain("us_east_1");
    }

    @Test
    void bucketReplicationWaitsForVersioningOnBothBuckets() {
        Module m = module("ml-inference-global");
        JsonNode replication = m.resource("aws_s3_bucket_replication_configuration", "data");
        assertThat(replication.path("provider").asText()).isEqualTo("${aws.us_west_2}");
        assertThat(strings(replication.path("depends_on"))).containsExactly("${aws_s3_bucket_versioning.data}", "${aws_s3_bucket_versioning.data_eu}");
        assertThat(replication.path("rule").path(0).path("destination").path(0).path("bucket").asText()).isEqualTo("${aws_s3_bucket.data_eu.arn}");
        for (String bucket : List.of("data", "data_eu")) {
            assertThat(m.resource("aws_s3_bucket_versioning", bucket).path("versioning_configuration").path(0).path("status").asText()).isEqualTo("Enabled");
            assertThat(m.resource("aws_s3_bucket_public_access_block", bucket).path("restrict_public_buckets").asBoolean()).isTrue();
            assertThat(m.resource("aws_s3_bucket_server_side_encryption_configuration", bucket).isMissingNode()).isFalse();
        }
        assertThat(m.resource("aws_s3_bucket", "data_eu").path("provider").asText()).isEqualTo("${aws.eu_west_1}");
    }

    @Test
    void crossRegionReadReplicaComesFromTheSourceArnWithAKeyOfItsOwnRegion() {
        Module m = module("seed-multi-az-ml");
        JsonNode source = m.resource("aws_db_instance", "usw2_features_db");
        assertThat(source.path("manage_master_user_password").asBoolean()).isTrue();
        assertThat(source.path("multi_az").asBoolean()).isTrue();
        JsonNode replica = m.resource("aws_db_instance", "use1_features_replica");
        assertThat(replica.path("provider").asText()).isEqualTo("${aws.us_east_1}");
        assertThat(replica.path("replicate_source_db").asText()).isEqualTo("${aws_db_instance.usw2_features_db.arn}");
        assertThat(replica.path("kms_key_id").asText()).isEqualTo("${data.aws_kms_key.us_east_1_rds.arn}");
        assertThat(replica.has("username")).isFalse();
        assertThat(m.data("aws_kms_key", "us_east_1_rds").path("key_id").asText()).isEqualTo("alias/aws/rds");
    }

    @Test
    void globalTableIsOneTableWithAReplicaInEachOtherRegion() {
        Module m = module("active-active-three-regions");
        JsonNode table = m.resource("aws_dynamodb_table", "use1_profiles");
        assertThat(table.path("replica").findValuesAsText("region_name")).containsExactly("eu-west-1", "ap-southeast-2");
        assertThat(table.path("replica").findValues("point_in_time_recovery")).allMatch(JsonNode::asBoolean);
        assertThat(table.path("point_in_time_recovery").path(0).path("enabled").asBoolean()).isTrue();
        assertThat(table.path("stream_enabled").asBoolean()).isTrue();
        assertThat(m.resource("aws_dynamodb_table", "euw1_profiles").isMissingNode()).isTrue();
        assertThat(m.resource("aws_iam_role_policy", "euw1_api_asg_instance").path("policy").asText())
                .contains("\"arn:${data.aws_partition.current.partition}:dynamodb:eu-west-1:${data.aws_caller_identity.current.account_id}:table/"
                        + "${aws_dynamodb_table.use1_profiles.name}\"");
    }

    @Test
    void provisionedGlobalTableScalesBeforeItGetsReplicas() {
        Module m = module(ReferenceDesigns.kitchenSink().name());
        JsonNode table = m.resource("aws_dynamodb_table", "orders");
        assertThat(table.has("replica")).isFalse();
        assertThat(strings(table.path("lifecycle").path(0).path("ignore_changes"))).contains("${replica}");
        JsonNode replica = m.resource("aws_dynamodb_table_replica", "orders_eu");
        assertThat(replica.path("provider").asText()).isEqualTo("${aws.eu_west_1}");
        assertThat(strings(replica.path("depends_on"))).containsExactly("${aws_appautoscaling_policy.orders_write}");
        assertThat(m.resource("aws_appautoscaling_target", "orders_write").path("scalable_dimension").asText())
                .isEqualTo("dynamodb:table:WriteCapacityUnits");
    }

    @Test
    void cdnWithOriginFailoverSendsTrafficToAnOriginGroupOfTwo() {
        JsonNode cdn = module("active-active-three-regions").resource("aws_cloudfront_distribution", "web_cdn");
        JsonNode group = cdn.path("origin_group").path(0);
        assertThat(group.path("member").findValuesAsText("origin_id")).containsExactly("use1-web-assets", "euw1-web-assets");
        assertThat(group.path("failover_criteria").path(0).path("status_codes").toString()).isEqualTo("[500,502,503,504]");
        JsonNode behavior = cdn.path("default_cache_behavior").path(0);
        assertThat(behavior.path("target_origin_id").asText()).isEqualTo("web-cdn-failover");
        assertThat(strings(behavior.path("allowed_methods"))).containsExactly("GET", "HEAD", "OPTIONS");
        assertThat(cdn.path("origin").findValuesAsText("origin_access_control_id")).containsOnly("${aws_cloudfront_origin_access_control.web_cdn.id}");
        assertThat(module("active-active-three-regions").resource("aws_s3_bucket_policy", "use1_web_assets").path("policy").asText())
                .contains("\"AWS:SourceArn\" = aws_cloudfront_distribution.web_cdn.arn");
    }

    @Test
    void latencyRecordsRouteToEachRegionThroughHealthChecks() {
        Module m = module("active-active-three-regions");
        for (String[] lb : new String[][] {{"use1_alb", "us-east-1"}, {"euw1_alb", "eu-west-1"}, {"apse2_alb", "ap-southeast-2"}}) {
            JsonNode record = m.resource("aws_route53_record", "api_dns_" + lb[0]);
            assertThat(record.path("latency_routing_policy").path(0).path("region").asText()).isEqualTo(lb[1]);
            assertThat(record.path("health_check_id").asText()).isEqualTo("${aws_route53_health_check." + lb[0] + ".id}");
            assertThat(record.path("alias").path(0).path("zone_id").asText()).isEqualTo("${aws_lb." + lb[0] + ".zone_id}");
            JsonNode check = m.resource("aws_route53_health_check", lb[0]);
            assertThat(check.path("type").asText()).isEqualTo("HTTPS");
            assertThat(check.path("resource_path").asText()).isEqualTo("/healthz");
        }
    }

    @Test
    void failoverRecordsPutThePrimaryRegionFirst() {
        Module m = module("pilot-light-dr");
        assertThat(m.resource("aws_route53_record", "scoring_dns_use1_alb").path("failover_routing_policy").path(0).path("type").asText())
                .isEqualTo("PRIMARY");
        assertThat(m.resource("aws_route53_record", "scoring_dns_usw2_alb").path("failover_routing_policy").path(0).path("type").asText())
                .isEqualTo("SECONDARY");
    }

    @Test
    void launchTemplateEvenWhenTheDesignAsksForALaunchConfiguration() {
        Module m = module(ReferenceDesigns.kitchenSink().name());
        JsonNode template = m.resource("aws_launch_template", "workers");
        assertThat(template.path("image_id").asText()).isEqualTo("${data.aws_ssm_parameter.workers_ami.insecure_value}");
        assertThat(template.path("metadata_options").path(0).path("http_tokens").asText()).isEqualTo("required");
        assertThat(m.resource("aws_autoscaling_group", "workers").path("launch_template").path(0).path("id").asText())
                .isEqualTo("${aws_launch_template.workers.id}");
        assertThat(m.body("variables.tf").path("variable").path("workers_ami_parameter").path(0).path("default").asText())
                .endsWith("al2023-ami-kernel-default-arm64");
        assertThat(m.files().get("main.tf")).contains("launch template is generated instead");
    }

    @Test
    void autoScalingGroupsRunInThePrivateSubnetsOfTheirZones() {
        JsonNode asg = module("warm-standby").resource("aws_autoscaling_group", "euc1_api_asg");
        assertThat(strings(asg.path("vpc_zone_identifier"))).containsExactly("${aws_subnet.eu_central_1_a_private.id}",
                "${aws_subnet.eu_central_1_b_private.id}");
        assertThat(strings(asg.path("target_group_arns"))).containsExactly("${aws_lb_target_group.euc1_alb.arn}");
    }

    @Test
    void securityGroupsOpenOnlyWhatTheLinksAskFor() {
        Module m = module("regionlab-itself");
        Map<String, String> ingress = new TreeMap<>();
        m.body("main.tf").path("resource").path("aws_vpc_security_group_ingress_rule").fields().forEachRemaining(e -> {
            JsonNode r = e.getValue().path(0);
            ingress.put(e.getKey(), r.path("security_group_id").asText() + " " + r.path("from_port").asInt() + " "
                    + (r.has("cidr_ipv4") ? r.path("cidr_ipv4").asText() : r.path("referenced_security_group_id").asText()));
        });
        assertThat(ingress).containsExactly(
                Map.entry("regionlab_alb_clients", "${aws_security_group.regionlab_alb.id} 443 0.0.0.0/0"),
                Map.entry("regionlab_app_from_regionlab_alb", "${aws_security_group.regionlab_app.id} 80 ${aws_security_group.regionlab_alb.id}"),
                Map.entry("regionlab_db_from_regionlab_app", "${aws_security_group.regionlab_db.id} 5432 ${aws_security_group.regionlab_app.id}"));
    }

    @Test
    void instancePoliciesNameOnlyWhatTheirLinksReach() {
        String policy = module("pilot-light-dr").resource("aws_iam_role_policy", "use1_scoring_asg_instance").path("policy").asText();
        assertThat(policy).contains("aws_sagemaker_endpoint.use1_fraud_endpoint.arn", "aws_dynamodb_table.use1_scores.arn",
                "aws_db_instance.use1_accounts_db.master_user_secret[0].secret_arn", "\"sagemaker:InvokeEndpoint\"", "\"secretsmanager:GetSecretValue\"");
        assertThat(policy).doesNotContain("usw2", "\"*\"", "dynamodb:Scan", "dynamodb:*");
    }

    @Test
    void variablesWithoutDefaultAreWhatOnlyTheDeployerKnows() {
        Module m = module("ml-inference-global");
        JsonNode variables = m.body("variables.tf").path("variable");
        List<String> required = new ArrayList<>();
        variables.fields().forEachRemaining(v -> {
            if (!v.getValue().path(0).has("default")) {
                required.add(v.getKey());
            }
        });
        assertThat(required).containsExactlyInAnyOrder("api_lb_certificate_arn", "model_image_uri", "model_model_data_url", "dns_hosted_zone_id");
        JsonNode prefix = variables.path("name_prefix").path(0);
        Matcher regex = Pattern.compile("regex\\(\"(.+?)\", var\\.name_prefix\\)").matcher(prefix.path("validation").path(0).path("condition").asText());
        assertThat(regex.find()).isTrue();
        assertThat(prefix.path("default").asText()).isEqualTo("ml-inference-global").matches(regex.group(1).replace("\\\\", "\\"));
        assertThat("Bad_Prefix").doesNotMatch(regex.group(1));
    }

    @Test
    void outputsNameLoadBalancersEndpointsAndBuckets() {
        JsonNode outputs = module("seed-multi-az-ml").body("outputs.tf").path("output");
        assertThat(outputs.path("usw2_alb_dns_name").path(0).path("value").asText()).isEqualTo("${aws_lb.usw2_alb.dns_name}");
        assertThat(outputs.path("use1_model_endpoint_endpoint_name").path(0).path("value").asText())
                .isEqualTo("${aws_sagemaker_endpoint.use1_model_endpoint.name}");
        assertThat(outputs.path("use1_ml_datasets_bucket_name").path(0).path("value").asText()).isEqualTo("${aws_s3_bucket.use1_ml_datasets.bucket}");
    }

    @Test
    void everyComponentLeavesATrace() {
        for (Module m : Written.ALL.values()) {
            String main = m.files().get("main.tf");
            for (Component c : m.topology().components()) {
                assertThat(main).as(m.topology().name()).contains(c.id());
            }
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static List<String> aliases(Module m) {
        List<String> out = new ArrayList<>();
        m.body("providers.tf").path("provider").path("aws").forEach(p -> out.add(p.path("alias").asText()));
        return out;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new HashSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void write(Path path, String content) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
