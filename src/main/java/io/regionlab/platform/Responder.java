package io.regionlab.platform;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Answers an error in the form the caller reads: JSON problems for the API, pages for people. */
@ApplicationScoped
public class Responder {

    /** The cookie Quarkus form authentication reads to send a person back after signing in. */
    private static final String RETURN_COOKIE = "quarkus-redirect-location";

    @CheckedTemplate(basePath = "platform")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, List<Problem.FieldError> errors);
    }

    public static boolean wantsJson(HttpServerRequest request) {
        if (request.path().startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    public Response problem(HttpServerRequest request, int status, String title, String detail, List<Problem.FieldError> errors) {
        if (wantsJson(request)) {
            return Response.status(status)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", title, status, detail, request.path(), errors))
                    .build();
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail, errors))
                .build();
    }

    public Response signInRequired(HttpServerRequest request) {
        if (wantsJson(request)) {
            return problem(request, 401, "Sign-in required", "Sign in first: POST /j_security_check with j_username and j_password.", List.of());
        }
        Response.ResponseBuilder redirect = Response.seeOther(URI.create("/login"));
        if ("GET".equals(request.method().name())) {
            redirect.cookie(new NewCookie.Builder(RETURN_COOKIE).value(request.absoluteURI()).path("/").httpOnly(true).build());
        }
        return redirect.build();
    }

    static String detailFor(int status, HttpServerRequest request) {
        return switch (status) {
            case 400 -> "POST".equals(request.method().name()) || "PUT".equals(request.method().name())
                    || "DELETE".equals(request.method().name())
                    ? "The request was refused. If it came from a form, reload the page and try again (its security token may have expired); API clients send the csrf-token cookie's value in the X-CSRF-TOKEN header."
                    : "The request was refused.";
            case 404 -> "There is nothing at " + request.path() + ".";
            case 405 -> request.method() + " is not allowed on " + request.path() + ".";
            case 406 -> "The requested media type cannot be produced here.";
            case 413 -> "The request body is too large.";
            case 415 -> "This endpoint does not accept that content type; send application/json.";
            default -> "The request was refused.";
        };
    }
}
