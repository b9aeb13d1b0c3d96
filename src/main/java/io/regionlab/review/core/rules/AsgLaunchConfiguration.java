package io.regionlab.review.core.rules;

import io.regionlab.review.core.Finding;
import io.regionlab.review.core.Severity;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.List;

/**
 * An Auto Scaling group set to launch from a launch configuration. Dates as the EC2 Auto Scaling
 * User Guide states them ("Auto Scaling launch configurations", Limitations).
 */
public final class AsgLaunchConfiguration extends BaseRule {

    public AsgLaunchConfiguration() {
        super("asg-launch-configuration", "Auto Scaling group uses a launch configuration instead of a launch template", Severity.ERROR,
                List.of("card-deployment-automation", "card-autoscaling-state"));
    }

    @Override
    public List<Finding> check(Topology topology, Catalog catalog) {
        return topology.componentsOf(ComponentKind.AUTOSCALING_GROUP).stream()
                .filter(asg -> "configuration".equals(asg.props(Properties.AutoScalingGroup.class).launch()))
                .map(asg -> finding(asg.id(),
                        "Auto Scaling group " + asg.id() + " launches from a launch configuration",
                        "Launch configurations are retired: since 1 January 2023 they support no new EC2 instance types, accounts "
                                + "created on or after 1 June 2023 cannot create them in the console, and accounts created on or after "
                                + "1 October 2024 cannot create them at all (console, API, CLI or CloudFormation).",
                        "Set launch to \"template\" so the group launches from an EC2 launch template (AWS::EC2::LaunchTemplate); "
                                + "move existing groups over as in \"Migrate your Auto Scaling groups to launch templates\"."))
                .toList();
    }
}
