package io.regionlab.generate.core;

import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Topology;
import io.regionlab.topology.core.TopologyCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The designs the writer is proven on: the example of DESIGN.md and every reference design in content/designs/. */
final class ReferenceDesigns {

    static final Catalog CATALOG = Catalog.load(Path.of("content/catalog/regions.yaml"));
    static final TopologyCodec CODEC = new TopologyCodec(CATALOG);
    static final Path DESIGNS = Path.of("content/designs");

    /** The example of DESIGN.md: two Regions, an ASG across three zones, RDS Multi-AZ, replicated buckets. */
    static final String EXAMPLE = io.regionlab.topology.core.TopologyCodecTest.EXAMPLE;

    /**
     * Not a reference design: every kind, option and link the writer handles that the reference
     * designs leave out (a notebook, an internal load balancer, same- and cross-Region read replicas,
     * provisioned and plain tables, a cache without replicas, CloudFront in front of load balancers and
     * a bucket, weighted and geoproximity routing, links across Regions), so the spec test covers them.
     */
    static final String KITCHEN_SINK = """
            {
              "format": "regionlab/topology@1",
              "name": "Kitchen Sink_2",
              "regions": [
                {"code": "us-east-1", "role": "primary", "zones": ["us-east-1a", "us-east-1b", "us-east-1c"]},
                {"code": "eu-west-1", "role": "secondary", "zones": ["eu-west-1a", "eu-west-1b"]},
                {"code": "ap-southeast-2", "role": "secondary", "zones": ["ap-southeast-2a"]}
              ],
              "components": [
                {"id": "pub-lb", "kind": "load-balancer", "region": "us-east-1", "zones": ["us-east-1a", "us-east-1b"]},
                {"id": "int-lb", "kind": "load-balancer", "region": "us-east-1", "zones": ["us-east-1a", "us-east-1b"],
                 "properties": {"scheme": "internal", "port": 80, "healthCheckPath": "/ready"}},
                {"id": "workers", "kind": "autoscaling-group", "region": "us-east-1", "zones": ["us-east-1a", "us-east-1b"],
                 "properties": {"instanceType": "m7g.large", "minSize": 2, "maxSize": 4, "launch": "configuration"}},
                {"id": "nb", "kind": "sagemaker-notebook", "region": "us-east-1", "zones": ["us-east-1c"]},
                {"id": "ep", "kind": "sagemaker-endpoint", "region": "us-east-1"},
                {"id": "cache-a", "kind": "cache", "region": "us-east-1", "zones": ["us-east-1a", "us-east-1b"],
                 "properties": {"replicas": 0, "automaticFailover": true}},
                {"id": "db-main", "kind": "rds-database", "region": "us-east-1", "properties": {"engine": "mariadb", "backupRetentionDays": 0}},
                {"id": "db-local", "kind": "rds-database", "region": "us-east-1", "properties": {"engine": "mariadb"}},
                {"id": "orders", "kind": "dynamodb-table", "region": "us-east-1",
                 "properties": {"partitionKey": "customer", "sortKey": "order", "billingMode": "PROVISIONED", "pointInTimeRecovery": true}},
                {"id": "plain", "kind": "dynamodb-table", "region": "us-east-1", "properties": {"partitionKey": "id"}},
                {"id": "raw", "kind": "s3-bucket", "region": "us-east-1"},
                {"id": "eu-lb", "kind": "load-balancer", "region": "eu-west-1", "zones": ["eu-west-1a", "eu-west-1b"]},
                {"id": "eu-asg", "kind": "autoscaling-group", "region": "eu-west-1", "zones": ["eu-west-1a", "eu-west-1b"],
                 "properties": {"instanceType": "c7i.large", "minSize": 2, "maxSize": 4, "healthCheckType": "ELB"}},
                {"id": "cache-b", "kind": "cache", "region": "eu-west-1", "zones": ["eu-west-1a", "eu-west-1b"],
                 "properties": {"engine": "redis", "replicas": 2, "automaticFailover": true}},
                {"id": "db-eu", "kind": "rds-database", "region": "eu-west-1", "properties": {"engine": "mariadb"}},
                {"id": "orders-eu", "kind": "dynamodb-table", "region": "eu-west-1",
                 "properties": {"partitionKey": "customer", "sortKey": "order", "billingMode": "PROVISIONED"}},
                {"id": "raw-eu", "kind": "s3-bucket", "region": "eu-west-1"},
                {"id": "site", "kind": "s3-bucket", "region": "eu-west-1", "properties": {"versioning": true}},
                {"id": "api-cdn", "kind": "cdn", "properties": {"originFailover": true}},
                {"id": "site-cdn", "kind": "cdn", "properties": {"priceClass": "PriceClass_200"}},
                {"id": "geo", "kind": "dns-record", "properties": {"domain": "geo.kitchen.test", "policy": "geoproximity", "healthChecks": true}},
                {"id": "weighted", "kind": "dns-record", "properties": {"domain": "weighted.kitchen.test", "policy": "weighted"}},
                {"id": "cdn-name", "kind": "dns-record", "properties": {"domain": "www.kitchen.test", "policy": "simple"}},
                {"id": "fail", "kind": "dns-record", "properties": {"domain": "fail.kitchen.test", "policy": "failover", "healthChecks": true}}
              ],
              "links": [
                {"from": "pub-lb", "to": "workers", "kind": "routes-to"},
                {"from": "int-lb", "to": "workers", "kind": "routes-to"},
                {"from": "workers", "to": "ep", "kind": "invokes"},
                {"from": "workers", "to": "orders", "kind": "reads-writes"},
                {"from": "workers", "to": "plain", "kind": "reads-writes"},
                {"from": "workers", "to": "raw", "kind": "reads-writes"},
                {"from": "workers", "to": "cache-a", "kind": "reads-writes"},
                {"from": "workers", "to": "db-main", "kind": "reads-writes"},
                {"from": "nb", "to": "ep", "kind": "invokes"},
                {"from": "nb", "to": "raw", "kind": "reads-writes"},
                {"from": "nb", "to": "db-local", "kind": "reads-writes"},
                {"from": "ep", "to": "plain", "kind": "reads-writes"},
                {"from": "eu-lb", "to": "eu-asg", "kind": "routes-to"},
                {"from": "eu-asg", "to": "orders-eu", "kind": "reads-writes"},
                {"from": "eu-asg", "to": "cache-b", "kind": "reads-writes"},
                {"from": "eu-asg", "to": "db-eu", "kind": "reads-writes"},
                {"from": "eu-asg", "to": "db-main", "kind": "reads-writes"},
                {"from": "eu-asg", "to": "raw", "kind": "reads-writes"},
                {"from": "eu-asg", "to": "ep", "kind": "invokes"},
                {"from": "raw", "to": "raw-eu", "kind": "replicates-to"},
                {"from": "db-main", "to": "db-local", "kind": "replicates-to"},
                {"from": "db-main", "to": "db-eu", "kind": "replicates-to"},
                {"from": "orders", "to": "orders-eu", "kind": "replicates-to"},
                {"from": "api-cdn", "to": "eu-lb", "kind": "routes-to"},
                {"from": "api-cdn", "to": "pub-lb", "kind": "routes-to"},
                {"from": "site-cdn", "to": "site", "kind": "routes-to"},
                {"from": "geo", "to": "pub-lb", "kind": "routes-to"},
                {"from": "geo", "to": "eu-lb", "kind": "routes-to"},
                {"from": "geo", "to": "api-cdn", "kind": "routes-to"},
                {"from": "weighted", "to": "pub-lb", "kind": "routes-to"},
                {"from": "weighted", "to": "eu-lb", "kind": "routes-to"},
                {"from": "cdn-name", "to": "api-cdn", "kind": "routes-to"},
                {"from": "fail", "to": "eu-lb", "kind": "routes-to"},
                {"from": "fail", "to": "pub-lb", "kind": "routes-to"},
                {"from": "fail", "to": "api-cdn", "kind": "routes-to"}
              ]
            }
            """;

    private ReferenceDesigns() {
    }

    static Topology kitchenSink() {
        return CODEC.read(KITCHEN_SINK);
    }

    static Topology example() {
        return CODEC.read(EXAMPLE);
    }

    static Topology read(String json) {
        return CODEC.read(json);
    }

    /** Every design by its name: the DESIGN.md example first, then content/designs/ in file-name order. */
    static Map<String, Topology> all() {
        Map<String, Topology> designs = new LinkedHashMap<>();
        Topology example = example();
        designs.put(example.name(), example);
        try (Stream<Path> files = Files.list(DESIGNS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Topology t = CODEC.read(Files.readString(file));
                if (designs.put(t.name(), t) != null) {
                    throw new IllegalStateException("two designs are named " + t.name());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return designs;
    }
}
