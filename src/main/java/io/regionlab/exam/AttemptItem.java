package io.regionlab.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** One question of an attempt: the exact version asked, what was chosen, and the flag. */
@Entity
@Table(name = "attempt_item")
public class AttemptItem {

    @Embeddable
    public record Key(@Column(name = "attempt_id") UUID attemptId, int position) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @MapsId("attemptId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id")
    public Attempt attempt;

    @Column(name = "question_id")
    public String questionId;

    @Column(name = "question_version")
    public String questionVersion;

    /** Chosen option keys, sorted and comma-separated ("A,C"); null while unanswered. */
    public String chosen;

    public Boolean correct;

    public boolean flagged;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public int position() {
        return id.position();
    }

    public boolean isAnswered() {
        return chosen != null;
    }

    public Set<String> chosenKeys() {
        return chosen == null ? Set.of() : new TreeSet<>(Arrays.asList(chosen.split(",")));
    }

    static String join(Set<String> keys) {
        return String.join(",", new TreeSet<>(keys));
    }
}
