package io.regionlab.deploy;

import io.regionlab.deploy.core.Phase;
import io.regionlab.deploy.core.PlannedStack;
import io.regionlab.deploy.core.Rollout;
import io.regionlab.deploy.core.Templates;
import io.regionlab.platform.ProblemException;
import io.regionlab.topology.DesignService;
import io.regionlab.topology.DesignService.Caller;
import io.regionlab.topology.DesignService.Stored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Starts jobs (they run in {@link JobRunner}) and reads plans and jobs for the API. */
@ApplicationScoped
public class JobService {

    private final DesignService designs;
    private final PlanRepository plans;
    private final JobRepository jobs;
    private final DeployJson json;
    private final ApplyConfig config;

    public JobService(DesignService designs, PlanRepository plans, JobRepository jobs, DeployJson json, ApplyConfig config) {
        this.designs = designs;
        this.plans = plans;
        this.jobs = jobs;
        this.json = json;
        this.config = config;
    }

    /** Queues the plan's change sets to be executed, exactly as shown; a plan is applied once. */
    @Transactional
    public Job apply(Caller caller, UUID planId) {
        Plan plan = plans.lock(planId).orElseThrow(() -> ProblemException.notFound("No plan " + planId + "."));
        Stored design = designs.get(caller, plan.designId, null);
        if (Plan.READY.equals(plan.status) && design.version() != plan.designVersion) {
            throw ApplyProblems.stale(plan.designVersion, design.version());
        }
        if (!Plan.READY.equals(plan.status)) {
            throw ApplyProblems.notReady(plan);
        }
        Job job = newJob(caller, plan.designId, Job.APPLY);
        job.planId = plan.id;
        List<JobStack> stacks = new ArrayList<>();
        for (PlannedStack p : json.stacks(plan.stacks)) {
            JobStack s = stack(job, p.order(), p.name(), p.region(), Map.of());
            s.changeSetId = p.changeSetId();
            stacks.add(s);
        }
        start(job, stacks);
        plan.status = Plan.APPLIED;
        return job;
    }

    /** Queues the deletion of the design's stacks, last deployed first. */
    @Transactional
    public Job destroy(Caller caller, UUID designId) {
        Stored design = designs.get(caller, designId, null);
        List<Rollout.Target> targets = new ArrayList<>(Rollout.of(design.topology(), config.stackPrefix()));
        java.util.Collections.reverse(targets);
        Job job = newJob(caller, designId, Job.DESTROY);
        List<JobStack> stacks = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Rollout.Target t = targets.get(i);
            stacks.add(stack(job, i + 1, t.name(), t.region(), Templates.retainedOnDelete(t.template())));
        }
        start(job, stacks);
        // A plan made before the stacks are deleted would update stacks that will no longer exist.
        plans.supersedeReady(designId);
        return job;
    }

    private Job newJob(Caller caller, UUID designId, String kind) {
        if (jobs.activeFor(designId)) {
            throw ApplyProblems.busy();
        }
        Job job = new Job();
        job.id = UUID.randomUUID();
        job.designId = designId;
        job.kind = kind;
        job.status = Job.QUEUED;
        job.createdAt = Instant.now();
        job.createdBy = caller.userId();
        job.retained = "[]";
        return job;
    }

    private JobStack stack(Job job, int position, String name, String region, Map<String, String> keep) {
        JobStack s = new JobStack();
        s.id = new JobStack.Key(job.id, position);
        s.name = name;
        s.region = region;
        s.phase = Phase.PENDING;
        s.outputs = "{}";
        s.keepOnDelete = json.write(keep);
        return s;
    }

    private void start(Job job, List<JobStack> stacks) {
        try {
            jobs.persist(job);
            jobs.flush();
        } catch (PersistenceException e) {
            // Two requests raced past activeFor; the one-active-job index let only one through.
            throw ApplyProblems.busy();
        }
        stacks.forEach(jobs::persist);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Plan> plans(Caller caller, UUID designId) {
        designs.summary(caller, designId);
        return plans.ofDesign(designId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan plan(Caller caller, UUID planId) {
        Plan plan = plans.findByIdOptional(planId).orElseThrow(() -> ProblemException.notFound("No plan " + planId + "."));
        designs.summary(caller, plan.designId);
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Job> jobs(Caller caller, UUID designId) {
        designs.summary(caller, designId);
        return jobs.ofDesign(designId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Job job(Caller caller, UUID jobId) {
        Job job = jobs.findByIdOptional(jobId).orElseThrow(() -> ProblemException.notFound("No job " + jobId + "."));
        designs.summary(caller, job.designId);
        return job;
    }
}
