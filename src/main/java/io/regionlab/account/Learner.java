package io.regionlab.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The signed-in person's account id, looked up once per request. */
@RequestScoped
public class Learner {

    private final SecurityIdentity identity;
    private final AccountService accounts;
    private Long id;

    public Learner(SecurityIdentity identity, AccountService accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN);
    }

    public long id() {
        if (id == null) {
            id = accounts.idOf(identity.getPrincipal().getName());
        }
        return id;
    }
}
