package io.regionlab.platform;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The signed-in person as pages see them: {@code {inject:me.name}}. */
@Named("me")
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return known() && !identity.isAnonymous();
    }

    public String getName() {
        return isSignedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean isAdmin() {
        return isSignedIn() && identity.hasRole("admin");
    }

    /**
     * Resolving a sign-in reads the account from the database, which may not happen on an I/O
     * thread; pages rendered there (the answer to an unknown path) show the signed-out header.
     */
    private static boolean known() {
        return !io.vertx.core.Context.isOnEventLoopThread();
    }
}
