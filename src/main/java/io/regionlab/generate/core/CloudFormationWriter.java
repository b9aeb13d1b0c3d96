package io.regionlab.generate.core;

import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.Region;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a design as CloudFormation: one template per Region ({@code <region>.template.json}),
 * one for global resources ({@code global.template.json}, deployed in us-east-1) when the design
 * has Route 53 records or CloudFront distributions, and {@code deployment-plan.json}, the order of
 * the stacks and which outputs feed which parameters, since stacks are regional and outputs do not
 * cross Regions.
 *
 * <p>The templates hold what a real deployment needs: the network of each Region that runs
 * instances, databases or caches (see {@link CfnNetwork}), security groups and IAM roles opened
 * only along the design's links ({@link Access}), and every stateful resource protected by a
 * deletion policy. Nothing account-specific is written: AMIs, certificates, container images and
 * model archives are parameters, ARNs are built from pseudo parameters.
 *
 * <p>A Region with no component gets no stack. A Region whose replication runs both ways with
 * another Region is split into several stacks ({@code <region>-1.template.json}, ...), see
 * {@link StackLayout}.
 */
public final class CloudFormationWriter implements Writer {

    public static final String FORMAT = "cloudformation";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<GeneratedFile> write(Topology topology) {
        CfnBuild b = new CfnBuild(topology);
        for (Region region : topology.regions()) {
            if (b.layout.networkStage(region.code()).isPresent()) {
                CfnNetwork.write(b, region.code());
            }
        }
        for (Component c : topology.components()) {
            switch (c.kind()) {
                case LOAD_BALANCER -> CfnCompute.loadBalancer(b, c);
                case AUTOSCALING_GROUP -> CfnCompute.autoScalingGroup(b, c);
                case SAGEMAKER_ENDPOINT -> CfnCompute.endpoint(b, c);
                case SAGEMAKER_NOTEBOOK -> CfnCompute.notebook(b, c);
                case RDS_DATABASE -> CfnData.database(b, c);
                case DYNAMODB_TABLE -> CfnData.table(b, c);
                case S3_BUCKET -> CfnData.bucket(b, c);
                case CACHE -> CfnData.cache(b, c);
                case CDN -> CfnGlobal.cdn(b, c);
                case DNS_RECORD -> CfnGlobal.dns(b, c);
            }
        }
        List<GeneratedFile> files = new ArrayList<>();
        List<StackPlan> plans = new ArrayList<>();
        for (CfnStack stack : b.orderedStacks()) {
            if (stack.template.isEmpty()) {
                continue;
            }
            files.add(new GeneratedFile(FORMAT + "/" + stack.file, stack.template.render()));
            plans.add(stack.plan());
        }
        files.add(new GeneratedFile(FORMAT + "/" + DeploymentPlan.FILE, plan(topology, plans).toJson()));
        return files;
    }

    /** The deployment plan of a design, as Apply reads it. */
    public DeploymentPlan plan(Topology topology) {
        String json = write(topology).stream().filter(f -> f.path().endsWith("/" + DeploymentPlan.FILE)).findFirst().orElseThrow().content();
        return DeploymentPlan.fromJson(json);
    }

    private static DeploymentPlan plan(Topology topology, List<StackPlan> plans) {
        return new DeploymentPlan(topology.name(), plans);
    }
}
