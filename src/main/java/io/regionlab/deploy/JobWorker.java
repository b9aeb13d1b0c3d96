package io.regionlab.deploy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.regionlab.deploy.CloudFormationGateway.AwsFailure;
import io.regionlab.deploy.CloudFormationGateway.ChangeSetInfo;
import io.regionlab.deploy.CloudFormationGateway.StackInfo;
import io.regionlab.deploy.core.CfnEvent;
import io.regionlab.deploy.core.CfnStatus;
import io.regionlab.deploy.core.JobMachine;
import io.regionlab.deploy.core.JobMachine.Observation;
import io.regionlab.deploy.core.JobMachine.Step;
import io.regionlab.deploy.core.JobSummary;
import io.regionlab.deploy.core.Phase;
import io.regionlab.deploy.core.PlannedStack;
import io.regionlab.deploy.core.Retained;
import io.regionlab.deploy.core.Wiring;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Moves a job one step: asks CloudFormation where the current stack is, lets {@link JobMachine}
 * decide, does that, and stores the outcome. A phase is stored before each AWS call that changes
 * something, so after a restart the next step finds out from CloudFormation whether the call happened.
 */
@ApplicationScoped
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);

    private final JobRepository jobs;
    private final PlanRepository plans;
    private final CloudFormationGateway aws;
    private final DeployJson json;
    private final ApplyConfig config;

    public JobWorker(JobRepository jobs, PlanRepository plans, CloudFormationGateway aws, DeployJson json, ApplyConfig config) {
        this.jobs = jobs;
        this.plans = plans;
        this.aws = aws;
        this.json = json;
        this.config = config;
    }

    public void step(UUID jobId) {
        Job job = QuarkusTransaction.requiringNew().call(() -> jobs.findById(jobId));
        if (job == null || job.finished()) {
            return;
        }
        List<JobStack> stacks = QuarkusTransaction.requiringNew().call(() -> jobs.stacks(jobId));
        Optional<JobStack> current = stacks.stream().filter(s -> !s.phase.done()).findFirst();
        if (current.isEmpty()) {
            finish(job, stacks, null);
            return;
        }
        JobStack stack = current.get();
        try {
            act(job, stacks, stack);
        } catch (AwsFailure e) {
            stop(job, stacks, stack, Phase.FAILED, e.getMessage());
        }
    }

    /** Ends a job that failed for a reason of RegionLab's own; the reference finds the details in the server log. */
    public void abandon(UUID jobId, String reference) {
        try {
            List<JobStack> stacks = QuarkusTransaction.requiringNew().call(() -> jobs.stacks(jobId));
            Job job = QuarkusTransaction.requiringNew().call(() -> jobs.findById(jobId));
            JobStack current = stacks.stream().filter(s -> !s.phase.done()).findFirst().orElse(null);
            if (job == null || job.finished() || current == null) {
                return;
            }
            stop(job, stacks, current, Phase.FAILED, "RegionLab could not continue this job (reference " + reference
                    + " in the server log); CloudFormation may still be working on the stack");
        } catch (RuntimeException e) {
            LOG.errorf(e, "Deployment job %s could not be marked as failed; the next tick tries again", jobId);
        }
    }

    private void act(Job job, List<JobStack> stacks, JobStack stack) {
        boolean destroy = Job.DESTROY.equals(job.kind);
        Optional<StackInfo> info = aws.stack(stack.region, stack.name);
        boolean timedOut = stack.startedAt != null && stack.startedAt.plus(config.stackTimeout()).isBefore(Instant.now());
        Observation seen = Observation.stack(info.map(StackInfo::status), info.map(StackInfo::reason).orElse(null), timedOut);
        PlannedStack planned = destroy ? null : planned(job, stack);
        if (!destroy && JobMachine.needsChangeSet(stack.phase) && stack.changeSetId != null) {
            ChangeSetInfo cs = aws.changeSet(stack.region, stack.name, stack.changeSetId);
            seen = seen.withChangeSet(cs.status(), cs.reason(), cs.execution());
        }
        Step step = destroy ? JobMachine.nextDestroy(stack.phase, seen)
                : JobMachine.nextApply(stack.phase, stack.changeSetId != null, planned.unchanged(), seen);
        info.ifPresent(i -> stack.cfnStatus = i.status());
        switch (step.kind()) {
            case CREATE_CHANGE_SET -> createChangeSet(job, stacks, stack, planned, info);
            case WAIT_CHANGE_SET -> {
            }
            case EXECUTE -> {
                begin(stack, info);
                stack.phase = Phase.EXECUTE_REQUESTED;
                save(stack);
                aws.executeChangeSet(stack.region, stack.name, stack.changeSetId);
                stack.phase = Phase.EXECUTING;
                save(stack);
            }
            case POLL -> {
                recordEvents(job, stack);
                saveStatus(stack);
            }
            case COMPLETE -> {
                recordEvents(job, stack);
                stack.outputs = json.write(info.map(StackInfo::outputs).orElse(Map.of()));
                stack.phase = Phase.COMPLETE;
                save(stack);
                finishIfLast(job, stacks, stack);
            }
            case DELETE -> {
                keepRetained(job, stack);
                begin(stack, info);
                stack.phase = Phase.DELETE_REQUESTED;
                save(stack);
                aws.deleteStack(stack.region, stack.name);
                stack.phase = Phase.DELETING;
                save(stack);
            }
            case DELETED -> {
                recordEvents(job, stack);
                stack.cfnStatus = stack.phase == Phase.PENDING && info.isEmpty() ? null : "DELETE_COMPLETE";
                stack.phase = Phase.DELETED;
                save(stack);
                finishIfLast(job, stacks, stack);
            }
            case STOP -> {
                recordEvents(job, stack);
                stop(job, stacks, stack, step.phase(), firstFailure(job, stack).orElse(step.reason()));
            }
        }
    }

    private void createChangeSet(Job job, List<JobStack> stacks, JobStack stack, PlannedStack planned, Optional<StackInfo> info) {
        Map<String, Map<String, String>> outputs = new HashMap<>();
        stacks.stream().filter(s -> s.phase == Phase.COMPLETE).forEach(s -> outputs.put(s.name, json.map(s.outputs)));
        Optional<Map<String, String>> wired = Wiring.resolve(planned.wiring(), outputs);
        if (wired.isEmpty()) {
            stop(job, stacks, stack, Phase.FAILED, "outputs it needs are missing: " + String.join(", ", Wiring.missing(planned.wiring(), outputs)));
            return;
        }
        Map<String, String> parameters = new HashMap<>(planned.parameters());
        parameters.putAll(wired.get());
        boolean update = info.isPresent() && CfnStatus.updatable(info.get().status());
        begin(stack, info);
        String name = "regionlab-job-" + job.id.toString().substring(0, 8) + "-" + stack.id.position();
        String id;
        try {
            id = aws.createChangeSet(stack.region, stack.name, name, update, planned.template(), parameters, planned.capabilities());
        } catch (AwsFailure e) {
            if (!e.getMessage().contains("AlreadyExists")) {
                throw e;
            }
            // Created before a restart that came before its id was stored: the name finds it as well.
            id = name;
        }
        stack.changeSetId = id;
        stack.phase = Phase.CHANGE_SET_CREATING;
        save(stack);
    }

    /** Notes when the job started on the stack and which events were there before it. */
    private void begin(JobStack stack, Optional<StackInfo> info) {
        if (stack.startedAt == null) {
            stack.startedAt = Instant.now();
            stack.eventMark = info.isPresent() ? aws.newestEventId(stack.region, stack.name) : null;
        }
    }

    private PlannedStack planned(Job job, JobStack stack) {
        Plan plan = QuarkusTransaction.requiringNew().call(() -> plans.findById(job.planId));
        return json.stacks(plan.stacks).stream().filter(p -> p.name().equals(stack.name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("stack " + stack.name + " is not in plan " + job.planId));
    }

    private void recordEvents(Job job, JobStack stack) {
        String after = QuarkusTransaction.requiringNew().call(() -> jobs.lastEventId(job.id, stack.name)).orElse(stack.eventMark);
        List<CfnEvent> events = aws.eventsAfter(stack.region, stack.name, after);
        if (!events.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> jobs.addEvents(job.id, stack.name, stack.region, events));
        }
        if (Job.DESTROY.equals(job.kind)) {
            List<Retained> skipped = events.stream().filter(e -> "DELETE_SKIPPED".equals(e.status()))
                    .map(e -> new Retained(stack.name, e.logicalId(), e.resourceType(), e.physicalId())).toList();
            addRetained(job, skipped);
        }
    }

    /** Before deleting: the resources of the stack whose template keeps them, with their physical ids. */
    private void keepRetained(Job job, JobStack stack) {
        Map<String, String> keep = json.map(stack.keepOnDelete);
        if (keep.isEmpty()) {
            return;
        }
        List<Retained> kept = aws.resources(stack.region, stack.name).stream().filter(r -> keep.containsKey(r.logicalId()))
                .map(r -> new Retained(stack.name, r.logicalId(), keep.get(r.logicalId()), r.physicalId())).toList();
        addRetained(job, kept);
    }

    private void addRetained(Job job, List<Retained> more) {
        if (more.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Job stored = jobs.findById(job.id);
            List<Retained> all = new ArrayList<>(json.retained(stored.retained));
            for (Retained r : more) {
                if (all.stream().noneMatch(a -> a.stack().equals(r.stack()) && a.logicalId().equals(r.logicalId()))) {
                    all.add(r);
                }
            }
            stored.retained = json.write(all);
            job.retained = stored.retained;
        });
    }

    /** The first resource failure CloudFormation reported: a more useful reason than the stack's "rollback requested". */
    private Optional<String> firstFailure(Job job, JobStack stack) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.eventsAfter(job.id, 0)).stream()
                .filter(e -> e.stack.equals(stack.name) && e.status != null && e.status.endsWith("_FAILED") && e.reason != null
                        && !e.reason.isBlank() && !stack.name.equals(e.logicalId))
                .findFirst().map(e -> "resource " + e.logicalId + " (" + e.resourceType + ") " + e.status + ": " + e.reason);
    }

    private void finishIfLast(Job job, List<JobStack> stacks, JobStack stack) {
        if (stacks.stream().allMatch(s -> s == stack || s.phase.done())) {
            finish(job, stacks, null);
        }
    }

    private void stop(Job job, List<JobStack> stacks, JobStack failed, Phase phase, String reason) {
        LOG.infof("Job %s stopped at stack %s: %s", job.id, failed.name, reason);
        failed.phase = phase;
        save(failed);
        for (JobStack s : stacks) {
            if (s.phase == Phase.PENDING) {
                s.phase = Phase.NOT_STARTED;
                save(s);
            }
        }
        finish(job, stacks, reason);
    }

    private void finish(Job job, List<JobStack> stacks, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            Job stored = jobs.findById(job.id);
            List<JobSummary.StackOutcome> outcomes = stacks.stream().map(s -> new JobSummary.StackOutcome(s.name, s.phase)).toList();
            stored.status = reason == null ? Job.SUCCEEDED : Job.FAILED;
            stored.finishedAt = Instant.now();
            stored.message = JobSummary.of(Job.DESTROY.equals(stored.kind), outcomes, reason, json.retained(stored.retained));
        });
    }

    private void save(JobStack stack) {
        QuarkusTransaction.requiringNew().run(() -> jobs.getEntityManager().merge(stack));
    }

    /** Polling changes only the status CloudFormation reports, never the phase another instance may have moved on. */
    private void saveStatus(JobStack stack) {
        QuarkusTransaction.requiringNew().run(() -> jobs.getEntityManager()
                .createQuery("update JobStack s set s.cfnStatus = ?1 where s.id = ?2")
                .setParameter(1, stack.cfnStatus).setParameter(2, stack.id).executeUpdate());
    }
}
