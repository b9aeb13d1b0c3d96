package io.regionlab.support;

import java.util.ArrayList;
import java.util.List;

/** A large design for tests and benchmarks: 10 Regions × 3 zones × 12 components, linked as real deployments are. */
public final class LargeDesign {

    private LargeDesign() {
    }

    static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
            "eu-west-2", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "ca-central-1");

    public static String json() {
        StringBuilder regions = new StringBuilder();
        List<String> components = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (int r = 0; r < REGIONS.size(); r++) {
            String code = REGIONS.get(r);
            List<String> zones = code.equals("ca-central-1") ? List.of(code + "a", code + "b", code + "d") : List.of(code + "a", code + "b", code + "c");
            String z = "[\"" + String.join("\", \"", zones) + "\"]";
            regions.append(r == 0 ? "" : ",").append("{\"code\":\"").append(code).append("\",\"role\":\"").append(r == 0 ? "primary" : "secondary")
                    .append("\",\"zones\":").append(z).append("}");
            String p = "r" + r;
            components.add(c(p + "-lb", "load-balancer", code, z, "{}"));
            components.add(c(p + "-web", "autoscaling-group", code, z, "{\"instanceType\":\"m5.large\",\"minSize\":3,\"maxSize\":9,\"healthCheckType\":\"ELB\"}"));
            components.add(c(p + "-workers", "autoscaling-group", code, z, "{\"instanceType\":\"c5.xlarge\",\"minSize\":3,\"maxSize\":12}"));
            components.add(c(p + "-model", "sagemaker-endpoint", code, null, "{\"instanceCount\":2,\"modelArtifacts\":\"" + p + "-models\"}"));
            components.add(c(p + "-models", "s3-bucket", code, null, "{\"versioning\":true}"));
            components.add(c(p + "-data", "s3-bucket", code, null, "{\"versioning\":true}"));
            components.add(c(p + "-db", "rds-database", code, null, "{\"engine\":\"postgres\",\"multiAz\":true,\"deletionProtection\":true}"));
            components.add(c(p + "-table", "dynamodb-table", code, null, "{\"partitionKey\":\"pk\",\"pointInTimeRecovery\":true}"));
            components.add(c(p + "-cache", "cache", code, z, "{\"replicas\":2,\"automaticFailover\":true}"));
            components.add(c(p + "-notebook", "sagemaker-notebook", code, null, "{}"));
            components.add(c(p + "-audit", "s3-bucket", code, null, "{\"versioning\":true}"));
            components.add(c(p + "-features", "dynamodb-table", code, null, "{\"partitionKey\":\"id\",\"pointInTimeRecovery\":true}"));
            links.add(l(p + "-lb", p + "-web", "routes-to"));
            links.add(l(p + "-web", p + "-model", "invokes"));
            links.add(l(p + "-web", p + "-db", "reads-writes"));
            links.add(l(p + "-web", p + "-cache", "reads-writes"));
            links.add(l(p + "-workers", p + "-table", "reads-writes"));
            links.add(l(p + "-notebook", p + "-model", "invokes"));
            if (r > 0) {
                links.add(l("r0-data", p + "-data", "replicates-to"));
                links.add(l("r0-models", p + "-models", "replicates-to"));
            }
        }
        return "{\"format\":\"regionlab/topology@1\",\"name\":\"large-ten-regions\",\"regions\":[" + regions + "],\"components\":["
                + String.join(",", components) + "],\"links\":[" + String.join(",", links) + "]}";
    }

    private static String c(String id, String kind, String region, String zones, String props) {
        return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"region\":\"" + region + "\"" + (zones == null ? "" : ",\"zones\":" + zones)
                + ",\"properties\":" + props + "}";
    }

    private static String l(String from, String to, String kind) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"kind\":\"" + kind + "\"}";
    }
}
