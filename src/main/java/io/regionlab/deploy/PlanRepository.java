package io.regionlab.deploy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    public List<Plan> ofDesign(UUID designId) {
        return list("designId = ?1 order by createdAt desc", designId);
    }

    /** Locked, so one plan is applied once. */
    public Optional<Plan> lock(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A newer plan replaces the design's plans that were ready: only the latest one may be applied. */
    public void supersedeReady(UUID designId) {
        update("status = ?1 where designId = ?2 and status = ?3", Plan.SUPERSEDED, designId, Plan.READY);
    }

    /** The design's current version, read here so a plan can say whether it is stale without a query per plan. */
    public int designVersion(UUID designId) {
        return ((Number) getEntityManager().createNativeQuery("SELECT latest_version FROM design WHERE id = ?1")
                .setParameter(1, designId).getSingleResult()).intValue();
    }

    public String username(long userId) {
        return getEntityManager().createQuery("select u.username from User u where u.id = ?1", String.class)
                .setParameter(1, userId).getResultStream().findFirst().orElse("(deleted account)");
    }
}
