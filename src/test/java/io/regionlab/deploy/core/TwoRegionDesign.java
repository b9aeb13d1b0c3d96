package io.regionlab.deploy.core;

import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.TopologyCodec;
import java.nio.file.Path;

/**
 * The smallest design whose stacks span two Regions with an output crossing between them: a bucket
 * in us-west-2 replicating into one in eu-west-1, so the eu-west-1 stack comes first and its bucket's
 * ARN becomes a parameter of the us-west-2 stack.
 */
public final class TwoRegionDesign {

    public static final String NAME = "apply-two-regions";
    public static final String FIRST = "regionlab-" + NAME + "-eu-west-1";
    public static final String SECOND = "regionlab-" + NAME + "-us-west-2";

    public static final String JSON = document(NAME);

    private TwoRegionDesign() {
    }

    /** The same design under another name (each test deploys its own stacks). */
    public static String document(String name) {
        return """
                {
                  "format": "regionlab/topology@1",
                  "name": "%s",
                  "regions": [
                    {"code": "us-west-2", "role": "primary", "zones": ["us-west-2a", "us-west-2b"]},
                    {"code": "eu-west-1", "role": "secondary", "zones": ["eu-west-1a", "eu-west-1b"]}
                  ],
                  "components": [
                    {"id": "data", "kind": "s3-bucket", "region": "us-west-2", "properties": {"versioning": true}},
                    {"id": "data-eu", "kind": "s3-bucket", "region": "eu-west-1", "properties": {"versioning": true}}
                  ],
                  "links": [
                    {"from": "data", "to": "data-eu", "kind": "replicates-to"}
                  ]
                }""".formatted(name);
    }

    /**
     * Three Regions in a chain of replication (us-west-2 → eu-west-1 → ap-southeast-2): three stacks,
     * deployed ap-southeast-2, eu-west-1, us-west-2, each fed an output of the one before.
     */
    public static String chain(String name) {
        return """
                {
                  "format": "regionlab/topology@1",
                  "name": "%s",
                  "regions": [
                    {"code": "us-west-2", "role": "primary", "zones": ["us-west-2a", "us-west-2b"]},
                    {"code": "eu-west-1", "role": "secondary", "zones": ["eu-west-1a", "eu-west-1b"]},
                    {"code": "ap-southeast-2", "role": "secondary", "zones": ["ap-southeast-2a", "ap-southeast-2b"]}
                  ],
                  "components": [
                    {"id": "data", "kind": "s3-bucket", "region": "us-west-2", "properties": {"versioning": true}},
                    {"id": "data-eu", "kind": "s3-bucket", "region": "eu-west-1", "properties": {"versioning": true}},
                    {"id": "data-ap", "kind": "s3-bucket", "region": "ap-southeast-2", "properties": {"versioning": true}}
                  ],
                  "links": [
                    {"from": "data", "to": "data-eu", "kind": "replicates-to"},
                    {"from": "data-eu", "to": "data-ap", "kind": "replicates-to"}
                  ]
                }""".formatted(name);
    }

    public static TopologyCodec codec() {
        return new TopologyCodec(Catalog.load(Path.of("content/catalog/regions.yaml")));
    }
}
