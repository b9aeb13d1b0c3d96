package io.regionlab.generate.core;

import io.regionlab.topology.core.Topology;
import java.util.List;

/**
 * Writes a design as one Python script, {@code boto3/deploy.py}, that makes with boto3 the calls the
 * seed text shows, done the current way: launch templates instead of launch configurations,
 * versioning on both buckets before replication is configured, IAM roles scoped to exactly the
 * resources they serve, account ids and partitions read from {@code sts.get_caller_identity()}
 * instead of written in.
 *
 * <p>The script creates each Region's network itself (VPC, a public and a private subnet per zone,
 * NAT gateways, gateway endpoints), as the CloudFormation templates do, and looks before it creates,
 * so it can run again. {@code --dry-run} prints every call with its parameters and sends none; it
 * needs neither credentials nor a network, and botocore still checks each call against the
 * service's API. What no design can say (certificates, container images, model archives) are
 * command-line arguments. See {@link Boto3Script} for the order of the calls.
 */
public final class Boto3Writer implements Writer {

    public static final String FORMAT = "boto3";
    public static final String FILE = "deploy.py";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<GeneratedFile> write(Topology topology) {
        return List.of(new GeneratedFile(FORMAT + "/" + FILE, new Boto3Script(topology).render()));
    }
}
