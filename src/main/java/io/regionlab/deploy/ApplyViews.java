package io.regionlab.deploy;

import io.regionlab.deploy.Views.EventView;
import io.regionlab.deploy.Views.JobStackView;
import io.regionlab.deploy.Views.JobView;
import io.regionlab.deploy.Views.PlanStackView;
import io.regionlab.deploy.Views.PlanView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Stored plans and jobs as the API shows them (never the template bodies or parameter values). */
@ApplicationScoped
public class ApplyViews {

    private final PlanRepository plans;
    private final JobRepository jobs;
    private final DeployJson json;

    public ApplyViews(PlanRepository plans, JobRepository jobs, DeployJson json) {
        this.plans = plans;
        this.jobs = jobs;
        this.json = json;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView plan(Plan p) {
        int current = plans.designVersion(p.designId);
        List<PlanStackView> stacks = json.stacks(p.stacks).stream()
                .map(s -> new PlanStackView(s.name(), s.region(), s.order(), s.action(), s.changeSetId(), s.changes(), s.deferred(), s.note()))
                .toList();
        return new PlanView(p.id, p.designId, p.designVersion, p.createdAt, plans.username(p.createdBy), p.status,
                current > p.designVersion, p.message, stacks);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JobView job(Job j) {
        List<JobStackView> stacks = jobs.stacks(j.id).stream()
                .map(s -> new JobStackView(s.name, s.region, s.id.position(), s.phase.label(), s.cfnStatus, json.map(s.outputs)))
                .toList();
        return new JobView(j.id, j.designId, j.planId, j.kind, j.status, j.createdAt, j.startedAt, j.finishedAt, plans.username(j.createdBy),
                j.message, stacks, json.retained(j.retained));
    }

    /** The job as it is now, read in its own transaction (the event stream calls this from a timer thread). */
    @Transactional
    public JobView job(UUID jobId) {
        return job(jobs.findById(jobId));
    }

    @Transactional
    public List<EventView> eventsAfter(UUID jobId, long seq) {
        return jobs.eventsAfter(jobId, seq).stream()
                .map(e -> new EventView(e.seq, e.at, e.stack, e.region, e.logicalId, e.resourceType, e.status, e.reason)).toList();
    }
}
