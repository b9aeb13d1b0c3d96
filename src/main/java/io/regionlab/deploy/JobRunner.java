package io.regionlab.deploy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs deployment jobs from PostgreSQL. Every poll interval it claims runnable jobs one at a time
 * ({@link JobRepository#claim}) and moves each one step; a job is never held in memory between
 * steps, so any instance can carry on a job another one started, and a restarted instance carries
 * on its own. Does nothing when applying is off.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    /** Jobs moved per tick: enough to keep several deployments going, few enough that a tick stays short. */
    private static final int JOBS_PER_TICK = 8;

    /** Who this server is while it runs; a restart is a new owner, so its old claims go stale and are taken over. */
    private final String owner = "instance-" + UUID.randomUUID();
    private final JobRepository jobs;
    private final JobWorker worker;
    private final ApplyConfig config;
    private ScheduledExecutorService timer;

    public JobRunner(JobRepository jobs, JobWorker worker, ApplyConfig config) {
        this.jobs = jobs;
        this.worker = worker;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "regionlab-apply-jobs");
            t.setDaemon(true);
            return t;
        });
        long every = config.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdown();
        }
    }

    public String owner() {
        return owner;
    }

    void tick() {
        Set<UUID> done = new HashSet<>();
        try {
            for (int i = 0; i < JOBS_PER_TICK; i++) {
                Optional<UUID> claimed = QuarkusTransaction.requiringNew().call(() -> jobs.claim(owner, config.staleClaim(), done));
                if (claimed.isEmpty()) {
                    return;
                }
                done.add(claimed.get());
                try {
                    worker.step(claimed.get());
                } catch (RuntimeException e) {
                    // Not an AWS answer (those end the stack in the worker) but a fault of ours: stop rather than retry forever.
                    String reference = UUID.randomUUID().toString();
                    LOG.errorf(e, "Deployment job %s could not take its next step (reference %s)", claimed.get(), reference);
                    worker.abandon(claimed.get(), reference);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Could not look for deployment jobs", e);
        }
    }
}
