package io.regionlab.deploy.core;

import io.regionlab.generate.core.CloudFormationWriter;
import io.regionlab.generate.core.DeploymentPlan;
import io.regionlab.generate.core.GeneratedFile;
import io.regionlab.generate.core.ParameterWiring;
import io.regionlab.generate.core.StackPlan;
import io.regionlab.topology.core.Topology;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stacks of a design as Apply deploys them: the generated templates in deployment-plan order,
 * under their CloudFormation names, with the wiring between them renamed to match.
 */
public final class Rollout {

    /**
     * @param template the template body as sent (compact JSON)
     * @param inputs the parameters the operator must give values for
     */
    public record Target(String name, String region, int order, String template, List<ParameterWiring> wiring, List<String> inputs,
            List<String> capabilities) {
    }

    private Rollout() {
    }

    public static List<Target> of(Topology topology, String prefix) {
        List<GeneratedFile> files = new CloudFormationWriter().write(topology);
        Map<String, String> byPath = files.stream().collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
        DeploymentPlan plan = DeploymentPlan.fromJson(byPath.get(CloudFormationWriter.FORMAT + "/" + DeploymentPlan.FILE));
        Function<String, String> name = generated -> Wiring.stackName(prefix, generated);
        List<StackPlan> stacks = plan.stacks();
        return java.util.stream.IntStream.range(0, stacks.size()).mapToObj(i -> {
            StackPlan s = stacks.get(i);
            String template = Templates.compact(byPath.get(CloudFormationWriter.FORMAT + "/" + s.template()));
            List<ParameterWiring> wiring = s.parameters().stream()
                    .map(w -> new ParameterWiring(w.name(), name.apply(w.fromStack()), w.output())).toList();
            return new Target(name.apply(s.name()), s.region(), i + 1, template, wiring, s.inputs(), s.capabilities());
        }).toList();
    }
}
