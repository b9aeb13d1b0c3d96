package io.regionlab.exam;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Submits exams whose time ran out while nobody was looking. Reads of an attempt submit it too,
 * so this only makes history and missed-question reviews right for learners who never came back.
 */
@ApplicationScoped
public class ExamDeadlines {

    private static final Logger LOG = Logger.getLogger(ExamDeadlines.class);

    private final AttemptService attempts;

    public ExamDeadlines(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Scheduled(every = "${regionlab.exam.sweep-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void submitOverdue() {
        int submitted = attempts.submitOverdue();
        if (submitted > 0) {
            LOG.infof("Submitted %d exam(s) at their deadline", submitted);
        }
    }
}
