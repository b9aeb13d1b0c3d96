package io.regionlab.deploy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.regionlab.deploy.CloudFormationGateway.AwsFailure;
import io.regionlab.deploy.CloudFormationGateway.ChangeSetInfo;
import io.regionlab.deploy.CloudFormationGateway.StackInfo;
import io.regionlab.deploy.core.CfnStatus;
import io.regionlab.deploy.core.Change;
import io.regionlab.deploy.core.JobMachine;
import io.regionlab.deploy.core.PlannedStack;
import io.regionlab.deploy.core.Rollout;
import io.regionlab.deploy.core.Templates;
import io.regionlab.deploy.core.Wiring;
import io.regionlab.generate.core.ParameterWiring;
import io.regionlab.platform.Problem;
import io.regionlab.platform.ProblemException;
import io.regionlab.topology.DesignService;
import io.regionlab.topology.DesignService.Caller;
import io.regionlab.topology.DesignService.Stored;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * Makes a plan: a change set per stack, computed by CloudFormation from the exact template and
 * parameters apply will use, and stored with them. Nothing in the account changes; the change sets
 * wait to be executed (or are deleted when the plan fails).
 */
@ApplicationScoped
public class PlanService {

    private static final Logger LOG = Logger.getLogger(PlanService.class);

    private final DesignService designs;
    private final CloudFormationGateway aws;
    private final ApplyConfig config;
    private final PlanRepository plans;
    private final DeployJson json;

    public PlanService(DesignService designs, CloudFormationGateway aws, ApplyConfig config, PlanRepository plans, DeployJson json) {
        this.designs = designs;
        this.aws = aws;
        this.config = config;
        this.plans = plans;
        this.json = json;
    }

    public Plan make(Caller caller, UUID designId, Map<String, String> inputs) {
        Stored design = designs.get(caller, designId, null);
        List<Rollout.Target> targets = Rollout.of(design.topology(), config.stackPrefix());
        refuseWhatCloudFormationWould(targets, inputs);
        UUID id = UUID.randomUUID();
        List<PlannedStack> planned = new ArrayList<>();
        String failure = null;
        try {
            failure = plan(id, targets, inputs, planned);
        } catch (AwsFailure e) {
            failure = e.getMessage();
        }
        if (failure != null) {
            discard(planned);
        }
        Plan plan = new Plan();
        plan.id = id;
        plan.designId = designId;
        plan.designVersion = design.version();
        plan.createdAt = Instant.now();
        plan.createdBy = caller.userId();
        plan.status = failure == null ? Plan.READY : Plan.FAILED;
        plan.message = failure;
        plan.stacks = json.write(planned);
        QuarkusTransaction.requiringNew().run(() -> {
            if (Plan.READY.equals(plan.status)) {
                plans.supersedeReady(designId);
            }
            plans.persist(plan);
        });
        return plan;
    }

    /** Templates too large and missing operator inputs are refused before anything is asked of AWS. */
    private static void refuseWhatCloudFormationWould(List<Rollout.Target> targets, Map<String, String> inputs) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Rollout.Target t : targets) {
            Templates.tooLarge(t.name(), t.template()).ifPresent(why -> errors.add(new Problem.FieldError("stacks[" + (t.order() - 1) + "].template", why)));
            for (String input : t.inputs()) {
                String value = inputs.get(input);
                if (value == null || value.isBlank()) {
                    errors.add(new Problem.FieldError("inputs." + input, "stack " + t.name() + " needs a value for its parameter " + input));
                }
            }
        }
        if (!errors.isEmpty()) {
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            throw new ProblemException(422, "The design cannot be planned as it is", detail, errors);
        }
    }

    /** Fills {@code planned}; answers why the plan failed, or null. */
    private String plan(UUID planId, List<Rollout.Target> targets, Map<String, String> inputs, List<PlannedStack> planned) {
        Map<String, Optional<StackInfo>> existing = new HashMap<>();
        Map<String, Map<String, String>> outputs = new HashMap<>();
        for (Rollout.Target t : targets) {
            Optional<StackInfo> info = aws.stack(t.region(), t.name());
            existing.put(t.name(), info);
            info.filter(s -> CfnStatus.of(s.status()) == CfnStatus.SUCCEEDED || CfnStatus.updatable(s.status()))
                    .ifPresent(s -> outputs.put(t.name(), s.outputs()));
        }
        for (Rollout.Target t : targets) {
            Optional<StackInfo> info = existing.get(t.name());
            if (info.isPresent()) {
                String busy = busy(t.name(), info.get().status());
                if (busy != null) {
                    return busy;
                }
            }
            boolean update = info.isPresent() && CfnStatus.updatable(info.get().status());
            Map<String, String> parameters = new LinkedHashMap<>();
            t.inputs().forEach(i -> parameters.put(i, inputs.get(i)));
            Optional<Map<String, String>> wired = Wiring.resolve(t.wiring(), outputs);
            if (wired.isEmpty()) {
                List<ParameterWiring> later = t.wiring().stream()
                        .filter(w -> outputs.getOrDefault(w.fromStack(), Map.of()).get(w.output()) == null).toList();
                List<Change> adds = update ? List.of() : Templates.adds(t.template());
                planned.add(new PlannedStack(t.name(), t.region(), t.order(), update ? PlannedStack.UPDATE : PlannedStack.CREATE, null, adds,
                        true, Wiring.deferredNote(later), t.template(), parameters, t.wiring(), t.capabilities()));
                continue;
            }
            parameters.putAll(wired.get());
            String changeSetName = "regionlab-plan-" + planId.toString().substring(0, 8) + "-" + t.order();
            String changeSetId = aws.createChangeSet(t.region(), t.name(), changeSetName, update, t.template(), parameters, t.capabilities());
            planned.add(new PlannedStack(t.name(), t.region(), t.order(), update ? PlannedStack.UPDATE : PlannedStack.CREATE, changeSetId,
                    List.of(), false, null, t.template(), parameters, List.of(), t.capabilities()));
        }
        Instant deadline = Instant.now().plus(config.planTimeout());
        for (int i = 0; i < planned.size(); i++) {
            PlannedStack p = planned.get(i);
            if (p.changeSetId() == null) {
                continue;
            }
            ChangeSetInfo cs = awaitChangeSet(p, deadline);
            if ("CREATE_COMPLETE".equals(cs.status())) {
                planned.set(i, with(p, p.action(), p.changeSetId(), Change.fromReported(cs.changes())));
            } else if ("FAILED".equals(cs.status()) && JobMachine.noChanges(cs.reason())) {
                aws.deleteChangeSet(p.region(), p.name(), p.changeSetId());
                planned.set(i, with(p, PlannedStack.NONE, null, List.of()));
            } else if ("FAILED".equals(cs.status())) {
                return "CloudFormation refused the change set of stack " + p.name() + " in " + p.region() + ": " + cs.reason();
            } else {
                return "The change set of stack " + p.name() + " was not ready within " + config.planTimeout().toSeconds()
                        + " s (regionlab.apply.plan-timeout); try again.";
            }
        }
        return null;
    }

    private static String busy(String name, String status) {
        if (status.equals("ROLLBACK_COMPLETE")) {
            return "Stack " + name + " is in ROLLBACK_COMPLETE after a failed create and cannot be updated: destroy it first, then plan again.";
        }
        if (CfnStatus.of(status) == CfnStatus.IN_PROGRESS) {
            return "Stack " + name + " is busy (" + status + "); plan again when it has settled.";
        }
        if (CfnStatus.of(status) == CfnStatus.FAILED) {
            return "Stack " + name + " is in " + status + "; fix or delete it in the AWS console, then plan again.";
        }
        return null;
    }

    private ChangeSetInfo awaitChangeSet(PlannedStack p, Instant deadline) {
        while (true) {
            ChangeSetInfo cs = aws.changeSet(p.region(), p.name(), p.changeSetId());
            if ("CREATE_COMPLETE".equals(cs.status()) || "FAILED".equals(cs.status()) || Instant.now().isAfter(deadline)) {
                return cs;
            }
            LockSupport.parkNanos(config.pollInterval().toNanos());
        }
    }

    private static PlannedStack with(PlannedStack p, String action, String changeSetId, List<Change> changes) {
        return new PlannedStack(p.name(), p.region(), p.order(), action, changeSetId, changes, p.deferred(), p.note(), p.template(),
                p.parameters(), p.wiring(), p.capabilities());
    }

    /** A failed plan leaves no change set behind that someone could execute by mistake. */
    private void discard(List<PlannedStack> planned) {
        for (PlannedStack p : planned) {
            if (p.changeSetId() != null) {
                try {
                    aws.deleteChangeSet(p.region(), p.name(), p.changeSetId());
                } catch (AwsFailure e) {
                    LOG.warnf("Could not delete change set of stack %s after a failed plan: %s", p.name(), e.getMessage());
                }
            }
        }
    }
}
