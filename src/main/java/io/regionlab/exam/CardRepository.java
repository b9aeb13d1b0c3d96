package io.regionlab.exam;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CardRepository implements PanacheRepositoryBase<CardState, CardState.Key> {

    public List<CardState> ofUser(long userId) {
        return list("id.userId = ?1", userId);
    }

    public List<CardState> dueFor(long userId, Instant now) {
        return list("id.userId = ?1 and dueAt <= ?2 order by dueAt", userId, now);
    }

    /** The learner's state of a card, after taking a lock on it (a card never reviewed has no row to lock). */
    public Optional<CardState> lock(long userId, String cardId) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(CAST(?1 AS int), hashtext(?2))")
                .setParameter(1, userId).setParameter(2, cardId).getSingleResult();
        return findByIdOptional(new CardState.Key(userId, cardId));
    }

    public void log(CardReview review) {
        getEntityManager().persist(review);
    }
}
