package io.regionlab.deploy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.regionlab.deploy.core.CfnEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JobRepository implements PanacheRepositoryBase<Job, UUID> {

    public List<Job> ofDesign(UUID designId) {
        return list("designId = ?1 order by createdAt desc", designId);
    }

    public boolean activeFor(UUID designId) {
        return count("designId = ?1 and status in (?2, ?3)", designId, Job.QUEUED, Job.RUNNING) > 0;
    }

    /**
     * Takes one runnable job for {@code owner}: queued, or running and either its own or abandoned
     * by an owner that has not shown a sign of life for {@code stale}. SKIP LOCKED makes two
     * instances asking at once get different jobs (or none), never the same one. Must run in a
     * transaction; the claim is stored when it commits.
     */
    public Optional<UUID> claim(String owner, Duration stale, Collection<UUID> skip) {
        @SuppressWarnings("unchecked")
        List<Object> ids = getEntityManager().createNativeQuery("""
                SELECT id FROM deploy_job
                WHERE (status = 'queued'
                       OR (status = 'running' AND (owner = ?1 OR heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => ?2))))
                  AND NOT (id = ANY (CAST(?3 AS uuid[])))
                ORDER BY heartbeat_at NULLS FIRST, created_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED""")
                .setParameter(1, owner)
                .setParameter(2, stale.toMillis() / 1000.0)
                .setParameter(3, skip.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        UUID id = (UUID) ids.get(0);
        getEntityManager().createNativeQuery("""
                UPDATE deploy_job SET owner = ?1, heartbeat_at = now(),
                    status = 'running', started_at = coalesce(started_at, now())
                WHERE id = ?2""").setParameter(1, owner).setParameter(2, id).executeUpdate();
        return Optional.of(id);
    }

    public List<JobStack> stacks(UUID jobId) {
        return getEntityManager().createQuery("select s from JobStack s where s.id.jobId = ?1 order by s.id.position", JobStack.class)
                .setParameter(1, jobId).getResultList();
    }

    public void persist(JobStack stack) {
        getEntityManager().persist(stack);
    }

    public JobStack stack(UUID jobId, int position) {
        return getEntityManager().find(JobStack.class, new JobStack.Key(jobId, position));
    }

    /** Stores the events not stored yet (CloudFormation repeats them across polls). */
    public void addEvents(UUID jobId, String stack, String region, List<CfnEvent> events) {
        for (CfnEvent e : events) {
            getEntityManager().createNativeQuery("""
                    INSERT INTO deploy_event (job_id, event_id, at, stack, region, logical_id, resource_type, physical_id, status, reason)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                    ON CONFLICT (job_id, event_id) DO NOTHING""")
                    .setParameter(1, jobId).setParameter(2, e.eventId()).setParameter(3, e.at() == null ? java.time.Instant.now() : e.at())
                    .setParameter(4, stack).setParameter(5, region).setParameter(6, e.logicalId()).setParameter(7, e.resourceType())
                    .setParameter(8, e.physicalId()).setParameter(9, e.status()).setParameter(10, e.reason())
                    .executeUpdate();
        }
    }

    public List<JobEvent> eventsAfter(UUID jobId, long seq) {
        return getEntityManager().createQuery("select e from JobEvent e where e.jobId = ?1 and e.seq > ?2 order by e.seq", JobEvent.class)
                .setParameter(1, jobId).setParameter(2, seq).getResultList();
    }

    /** The newest event id stored for a stack of a job: reading CloudFormation's events can stop there. */
    public Optional<String> lastEventId(UUID jobId, String stack) {
        return getEntityManager().createQuery("select e.eventId from JobEvent e where e.jobId = ?1 and e.stack = ?2 order by e.seq desc", String.class)
                .setParameter(1, jobId).setParameter(2, stack).setMaxResults(1).getResultStream().findFirst();
    }
}
