package io.regionlab.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    public Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Only the id: the one thing most requests need of the signed-in account. */
    public Optional<Long> idOf(String username) {
        return getEntityManager().createQuery("select u.id from User u where u.username = ?1", Long.class)
                .setParameter(1, username).getResultStream().findFirst();
    }

    public boolean anyAdmin() {
        return count("role", Role.ADMIN) > 0;
    }
}
