package io.regionlab.generate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionlab.topology.core.Topology;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The helpers every writer shares: names, the network plan, and access derived from links. */
class SharedHelpersTest {

    @ParameterizedTest
    @CsvSource({"api-asg, ApiAsg", "use1-alb, Use1Alb", "model, Model", "a-b-c, ABC"})
    void logicalIdsArePascalCaseOfComponentIds(String id, String logicalId) {
        assertThat(Naming.pascal(id)).isEqualTo(logicalId);
    }

    @Test
    void namesForAwsAreLowerCaseSlugsThatStartWithALetter() {
        assertThat(Naming.slug("Kitchen Sink_2")).isEqualTo("kitchen-sink-2");
        assertThat(Naming.slug("2024 plan")).isEqualTo("d-2024-plan");
        assertThat(Naming.zoneSuffix("us-west-2", "us-west-2c")).isEqualTo("C");
        assertThat(Naming.stackName("ml-inference-global", "us-west-2")).isEqualTo("ml-inference-global-us-west-2");
    }

    @Test
    void bucketNamesFitS3sLimitEvenForLongNamesAndStayDistinct() {
        String design = "a-design-whose-name-goes-on-and-on-for-a-long-while";
        String one = Naming.bucketPrefix(design, "training-data-bucket-one");
        String two = Naming.bucketPrefix(design, "training-data-bucket-two");
        assertThat(one).hasSizeLessThanOrEqualTo(Naming.BUCKET_PREFIX_MAX).isNotEqualTo(two).doesNotEndWith("-").matches("[a-z0-9-]+");
        assertThat((one + "-123456789012-ap-southeast-7").length()).isLessThanOrEqualTo(63);
        assertThat(Naming.bucketPrefix("short", "data")).isEqualTo("short-data");
    }

    @Test
    void eachRegionGetsItsOwnVpcAndEachZoneAPublicAndAPrivateSlash20() {
        Map<String, NetworkPlan> plans = NetworkPlan.of(ReferenceDesigns.example());
        NetworkPlan us = plans.get("us-west-2");
        NetworkPlan eu = plans.get("eu-west-1");
        assertThat(us.vpcCidr()).isEqualTo("10.0.0.0/16");
        assertThat(eu.vpcCidr()).isEqualTo("10.1.0.0/16");
        assertThat(us.zones()).extracting(NetworkPlan.ZoneSubnets::publicCidr).containsExactly("10.0.0.0/20", "10.0.16.0/20", "10.0.32.0/20");
        assertThat(us.zones()).extracting(NetworkPlan.ZoneSubnets::privateCidr).containsExactly("10.0.128.0/20", "10.0.144.0/20", "10.0.160.0/20");
        assertThat(eu.zone("eu-west-1b").orElseThrow().privateCidr()).isEqualTo("10.1.144.0/20");
    }

    @Test
    void aRegionWithMoreZonesThanTheVpcHasRoomForIsRefused() {
        String nine = "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\"]";
        assertThatThrownBy(() -> NetworkPlan.of(new Topology("t", null,
                List.of(new io.regionlab.topology.core.Region("xx-test-1", io.regionlab.topology.core.RegionRole.PRIMARY,
                        List.of(nine.replaceAll("[\\[\\]\"]", "").split(",")))), List.of(), List.of(), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("room for 8");
    }

    @Test
    void grantsFollowTheLinksAndNothingElse() {
        Topology sink = ReferenceDesigns.kitchenSink();
        var workers = sink.component("workers").orElseThrow();
        assertThat(Access.grants(sink, workers)).extracting(g -> g.target().id() + ":" + g.use()).containsExactly(
                "ep:INVOKE_ENDPOINT", "orders:READ_WRITE_ITEMS", "plain:READ_WRITE_ITEMS", "raw:READ_WRITE_OBJECTS",
                "cache-a:CONNECT", "db-main:READ_DATABASE_SECRET");
        var seed = ReferenceDesigns.all().get("seed-multi-az-ml");
        assertThat(Access.grants(seed, seed.component("usw2-model-endpoint").orElseThrow()))
                .extracting(g -> g.target().id() + ":" + g.use()).containsExactly("usw2-ml-datasets:READ_OBJECTS");
        assertThat(Access.grants(sink, sink.component("raw").orElseThrow())).isEmpty();
    }

    @Test
    void networkPathsOpenOnlyWithinARegionOnTheServingPort() {
        Topology sink = ReferenceDesigns.kitchenSink();
        assertThat(Access.ingress(sink, sink.component("db-main").orElseThrow()))
                .extracting(i -> i.from().id() + ":" + i.port()).containsExactly("workers:3306");
        assertThat(Access.ingress(sink, sink.component("workers").orElseThrow()))
                .extracting(i -> i.from().id() + ":" + i.port()).containsExactly("pub-lb:80", "int-lb:80");
        assertThat(Access.ingress(sink, sink.component("cache-b").orElseThrow()))
                .extracting(i -> i.from().id() + ":" + i.port()).containsExactly("eu-asg:6379");
        assertThat(Access.port(ReferenceDesigns.example().component("db").orElseThrow())).isEqualTo(5432);
    }

    @Test
    void replicatedTablesFormOneGlobalTableRootedInThePrimaryRegion() {
        Topology active = ReferenceDesigns.all().get("active-active-three-regions");
        var eu = active.component("euw1-profiles").orElseThrow();
        assertThat(DataReplication.globalTable(active, eu)).extracting(c -> c.id()).containsExactly("use1-profiles", "euw1-profiles", "apse2-profiles");
        assertThat(DataReplication.globalTableRoot(active, eu).id()).isEqualTo("use1-profiles");
        var pilot = ReferenceDesigns.all().get("pilot-light-dr");
        assertThat(DataReplication.replicaSource(pilot, pilot.component("usw2-accounts-replica").orElseThrow()).orElseThrow().id()).isEqualTo("use1-accounts-db");
        assertThat(DataReplication.bucketDestinations(pilot, pilot.component("use1-model-artifacts").orElseThrow()))
                .extracting(c -> c.id()).containsExactly("usw2-model-artifacts");
    }
}
