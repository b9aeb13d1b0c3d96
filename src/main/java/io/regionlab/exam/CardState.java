package io.regionlab.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** What FSRS knows of one learner's memory of one card, and when it is due again. */
@Entity
@Table(name = "card_state")
public class CardState {

    @Embeddable
    public record Key(@Column(name = "user_id") long userId, @Column(name = "card_id") String cardId) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    public double stability;

    public double difficulty;

    public int reps;

    public int lapses;

    @Column(name = "last_review")
    public Instant lastReview;

    @Column(name = "due_at")
    public Instant dueAt;
}
