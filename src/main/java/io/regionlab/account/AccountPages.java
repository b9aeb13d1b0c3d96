package io.regionlab.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.regionlab.platform.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-up, sign-in and sign-out pages. Signing in itself is Quarkus form authentication. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, String created);

        static native TemplateInstance signup(String username, String error);
    }

    private final AccountService accounts;
    private final String sessionCookie;

    public AccountPages(AccountService accounts, @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.accounts = accounts;
        this.sessionCookie = sessionCookie;
    }

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("created") String created) {
        return Templates.login(false, created);
    }

    /** Where Quarkus sends a sign-in that failed. */
    @GET
    @Path("login/failed")
    public TemplateInstance loginFailed() {
        return Templates.login(true, null);
    }

    @GET
    @Path("signup")
    public TemplateInstance signupForm() {
        return Templates.signup("", null);
    }

    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signup(@FormParam("username") String username, @FormParam("password") String password) {
        try {
            User user = accounts.signUp(username, password);
            return Response.seeOther(URI.create("/login?created=" + user.username)).build();
        } catch (ProblemException refused) {
            return Response.status(refused.status()).entity(Templates.signup(username == null ? "" : username, refused.getMessage())).build();
        }
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        return Response.seeOther(URI.create("/"))
                .cookie(new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }
}
