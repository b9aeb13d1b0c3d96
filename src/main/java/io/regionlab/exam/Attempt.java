package io.regionlab.exam;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A practice session, drill, missed-questions review or timed exam, with its drawn questions. */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    public UUID id;

    @Column(name = "user_id")
    public long userId;

    public String exam;

    public String mode;

    /** The domain or task id of a drill. */
    public String scope;

    public int requested;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "deadline_at")
    public Instant deadlineAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** The scored result of a submitted attempt, as JSON (an {@code ExamResult}). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id.position")
    public List<AttemptItem> items = new ArrayList<>();

    public boolean isExam() {
        return Mode.EXAM.code().equals(mode);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isOverdue(Instant now) {
        return deadlineAt != null && submittedAt == null && !now.isBefore(deadlineAt);
    }
}
