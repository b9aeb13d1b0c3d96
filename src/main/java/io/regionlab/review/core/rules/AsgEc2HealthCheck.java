package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** An Auto Scaling group that a load balancer routes to, but that replaces instances on EC2 status checks only. */
public final class AsgEc2HealthCheck extends BaseRule {

    public AsgEc2HealthCheck() {
        super("asg-ec2-health-check", "Auto Scaling group behind a load balancer uses EC2 health checks only", Severity.WARNING,
                List.of("card-elb-inference", "card-autoscaling-state"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.AUTOSCALING_GROUP).stream()
                .filter(asg -> "EC2".equals(asg.props(Properties.AutoScalingGroup.class).healthCheckType()))
                .flatMap(asg -> Graph.sources(topology, asg, LinkKind.ROUTES_TO).stream()
                        .filter(lb -> lb.kind() == ComponentKind.LOAD_BALANCER)
                        .limit(1)
                        .map(lb -> finding(asg, lb)))
                .toList();
    }

    private Finding finding(Component asg, Component lb) {
        String path = lb.props(Properties.LoadBalancer.class).healthCheckPath();
        return finding(asg.id(),
                "Auto Scaling group " + asg.id() + " behind load balancer " + lb.id() + " uses EC2 health checks, not ELB",
                "EC2 status checks only see whether the instance runs. An instance whose inference server has crashed keeps passing "
                        + "them: the load balancer stops sending it requests, but Auto Scaling never replaces it, and the group quietly "
                        + "loses capacity.",
                "Set healthCheckType to ELB, with a grace period long enough for the model to load, so that instances failing "
                        + lb.id() + "'s health check on " + path + " are replaced.");
    }
}
