package io.regionlab.account;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Accounts for API clients. Sign in with POST /j_security_check (form fields j_username, j_password). */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
public class AccountApi {

    public record SignUp(@NotNull String username, @NotNull String password) {
    }

    public record Me(String username, String role) {
    }

    public record CsrfToken(String header, String token) {
    }

    private final AccountService accounts;
    private final SecurityIdentity identity;
    private final CsrfTokenParameterProvider csrf;

    public AccountApi(AccountService accounts, SecurityIdentity identity, CsrfTokenParameterProvider csrf) {
        this.accounts = accounts;
        this.identity = identity;
        this.csrf = csrf;
    }

    /** Creates an account (the first one on a new portal is its admin). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signUp(@Valid @NotNull SignUp request) {
        User user = accounts.signUp(request.username(), request.password());
        return Response.created(URI.create("/api/account")).entity(new Me(user.username, user.role)).build();
    }

    @GET
    @Authenticated
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.hasRole(Role.ADMIN) ? Role.ADMIN : Role.LEARNER);
    }

    /** The CSRF token to send as X-CSRF-TOKEN with every state-changing request (the cookie comes with it). */
    @GET
    @Path("csrf")
    public CsrfToken csrf() {
        return new CsrfToken(csrf.getHeaderName(), csrf.getToken());
    }
}
