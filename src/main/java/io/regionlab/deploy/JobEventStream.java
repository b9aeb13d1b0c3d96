package io.regionlab.deploy;

import io.quarkus.runtime.ShutdownEvent;
import io.regionlab.deploy.Views.EventView;
import io.regionlab.deploy.Views.JobView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Streams a job's events to a browser from the database, not from the instance running the job,
 * so any instance behind a load balancer can serve any stream. Each open stream is a small timer
 * task; no request thread waits.
 */
@ApplicationScoped
public class JobEventStream {

    private static final Logger LOG = Logger.getLogger(JobEventStream.class);

    private final ApplyViews views;
    private final DeployJson json;
    private final ApplyConfig config;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "regionlab-job-events");
        t.setDaemon(true);
        return t;
    });

    public JobEventStream(ApplyViews views, DeployJson json, ApplyConfig config) {
        this.views = views;
        this.json = json;
        this.config = config;
    }

    /** Sends the events after {@code afterSeq}, then new ones as they are stored, then {@code end}, and closes. */
    public void open(UUID jobId, long afterSeq, SseEventSink sink, Sse sse) {
        Cursor cursor = new Cursor(jobId, afterSeq, sink, sse);
        cursor.task = timer.scheduleWithFixedDelay(cursor::poll, 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
    }

    private final class Cursor {
        private final UUID jobId;
        private final SseEventSink sink;
        private final Sse sse;
        private long last;
        private String shown;
        private volatile ScheduledFuture<?> task;

        Cursor(UUID jobId, long afterSeq, SseEventSink sink, Sse sse) {
            this.jobId = jobId;
            this.last = afterSeq;
            this.sink = sink;
            this.sse = sse;
        }

        void poll() {
            try {
                if (sink.isClosed()) {
                    close();
                    return;
                }
                // The job is read before the events: if it had ended, every event it wrote is in what follows.
                JobView job = views.job(jobId);
                List<EventView> events = views.eventsAfter(jobId, last);
                for (EventView e : events) {
                    send(sse.newEventBuilder().id(String.valueOf(e.seq())).name("stack-event").data(json.write(e)).build());
                    last = e.seq();
                }
                String state = job.status() + job.stacks().stream().map(s -> s.status() + s.cfnStatus()).toList();
                if (!state.equals(shown)) {
                    shown = state;
                    send(sse.newEventBuilder().name("job").data(json.write(job)).build());
                }
                if (job.status().equals(Job.SUCCEEDED) || job.status().equals(Job.FAILED)) {
                    send(sse.newEventBuilder().name("end").data(json.write(job)).build());
                    close();
                }
            } catch (RuntimeException e) {
                LOG.debugf("Event stream of job %s closed: %s", jobId, e.getMessage());
                close();
            }
        }

        private void send(OutboundSseEvent event) {
            sink.send(event).toCompletableFuture().join();
        }

        private void close() {
            if (task != null) {
                task.cancel(false);
            }
            if (!sink.isClosed()) {
                sink.close();
            }
        }
    }
}
