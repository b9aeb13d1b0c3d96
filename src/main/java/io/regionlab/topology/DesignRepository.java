package io.regionlab.topology;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DesignRepository implements PanacheRepositoryBase<Design, UUID> {

    public List<Design> ownedBy(long ownerId) {
        return list("ownerId = ?1 order by updatedAt desc", ownerId);
    }

    public List<Design> everyone() {
        return list("order by updatedAt desc");
    }

    /** Locked, so two saves of the same design are numbered one after the other. */
    public Optional<Design> lock(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<DesignVersion> version(UUID id, int version) {
        return Optional.ofNullable(getEntityManager().find(DesignVersion.class, new DesignVersion.Key(id, version)));
    }

    public List<DesignVersion> versions(UUID id) {
        return getEntityManager()
                .createQuery("select v from DesignVersion v where v.id.designId = ?1 order by v.id.version desc", DesignVersion.class)
                .setParameter(1, id).getResultList();
    }

    public void save(DesignVersion version) {
        getEntityManager().persist(version);
    }
}
