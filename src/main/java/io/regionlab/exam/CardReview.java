package io.regionlab.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One grade given to a card: the log FSRS parameters could later be fitted from. */
@Entity
@Table(name = "card_review")
public class CardReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public long userId;

    @Column(name = "card_id")
    public String cardId;

    @Column(name = "card_version")
    public String cardVersion;

    public short grade;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "elapsed_days")
    public double elapsedDays;

    public double stability;

    public double difficulty;

    @Column(name = "due_at")
    public Instant dueAt;
}
