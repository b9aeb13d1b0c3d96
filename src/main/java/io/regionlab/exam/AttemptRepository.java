package io.regionlab.exam;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.regionlab.exam.core.Mastery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AttemptRepository implements PanacheRepositoryBase<Attempt, UUID> {

    /** Answers that count: practice answers as given, exam answers once the exam is submitted. */
    private static final String COUNTED_ANSWERS = """
            FROM attempt_item i
            JOIN attempt a ON a.id = i.attempt_id
            JOIN question q ON q.id = i.question_id AND q.version = i.question_version
            WHERE a.user_id = ?1 AND i.correct IS NOT NULL AND (a.mode <> 'exam' OR a.submitted_at IS NOT NULL)
            """;

    /** The attempt with its items, in one query. */
    public Optional<Attempt> findOwned(UUID id, long userId) {
        return find("select a from Attempt a left join fetch a.items where a.id = ?1 and a.userId = ?2", id, userId).singleResultOptional();
    }

    /** The attempt, locked until the transaction ends, so two answers to it never interleave. */
    public Optional<Attempt> lockOwned(UUID id, long userId) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Attempt> listByUser(long userId) {
        return list("userId = ?1 order by startedAt desc", userId);
    }

    public Optional<Attempt> openExam(long userId) {
        return find("userId = ?1 and mode = 'exam' and submittedAt is null order by startedAt desc", userId).firstResultOptional();
    }

    /** Ids of questions whose latest counted answer by this learner was wrong. */
    @SuppressWarnings("unchecked")
    public List<String> missedQuestionIds(long userId) {
        return getEntityManager().createNativeQuery("""
                SELECT question_id FROM (
                  SELECT DISTINCT ON (i.question_id) i.question_id, i.correct
                """ + COUNTED_ANSWERS + """
                  ORDER BY i.question_id, coalesce(i.answered_at, a.submitted_at) DESC
                ) latest WHERE NOT correct""")
                .setParameter(1, userId)
                .getResultList();
    }

    /** Every counted answer, for mastery per task statement. */
    public List<Mastery.AnswerFact> answerFacts(long userId) {
        List<?> rows = getEntityManager().createNativeQuery("SELECT i.question_id, q.task, i.correct, coalesce(i.answered_at, a.submitted_at) "
                + COUNTED_ANSWERS)
                .setParameter(1, userId)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new Mastery.AnswerFact((String) r[0], (String) r[1], (Boolean) r[2], instant(r[3])))
                .toList();
    }

    /** Open exams whose time is up, locked for this caller; other instances skip them. */
    @SuppressWarnings("unchecked")
    public List<UUID> claimOverdueExams(int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT id FROM attempt
                WHERE submitted_at IS NULL AND deadline_at IS NOT NULL AND deadline_at <= now()
                ORDER BY deadline_at LIMIT ?1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, limit)
                .getResultList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
