package io.regionlab.platform;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Quarkus' CSRF filter checks the token of forms, and the X-CSRF-TOKEN header when one is sent;
 * a JSON request without the header would pass unchecked. Every state-changing request that is
 * not a form must therefore carry the header (whose value Quarkus then compares with the cookie).
 */
public class CsrfHeaderRequired {

    static final String HEADER = "X-CSRF-TOKEN";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** Endpoints that store nothing and need no account (review and export of a document sent as is): nothing to forge. */
    private static final Set<String> STATELESS = Set.of("/api/review", "/api/export", "/api/export/files");

    private final Responder responder;

    public CsrfHeaderRequired(Responder responder) {
        this.responder = responder;
    }

    @ServerRequestFilter(preMatching = true)
    public Response requireHeader(ContainerRequestContext context, HttpServerRequest request) {
        if (SAFE.contains(context.getMethod()) || STATELESS.contains(request.path()) || isForm(context.getMediaType())
                || context.getHeaderString(HEADER) != null) {
            return null;
        }
        return responder.problem(request, 403, "CSRF token missing",
                "State-changing API requests must send the X-CSRF-TOKEN header with the value of the csrf-token cookie (GET /api/account/csrf returns it).",
                List.of());
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || ("multipart".equals(type.getType()) && "form-data".equals(type.getSubtype())));
    }
}
