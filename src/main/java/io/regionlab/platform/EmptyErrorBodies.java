package io.regionlab.platform;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Some refusals are made by filters that answer with a status and no body (the CSRF check
 * answers a bare 400). This gives each of them the same readable body as every other error.
 */
public class EmptyErrorBodies {

    private final Responder responder;

    public EmptyErrorBodies(Responder responder) {
        this.responder = responder;
    }

    @ServerResponseFilter
    public void fill(ContainerResponseContext response, HttpServerRequest request) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        var filled = responder.problem(request, status, titleOf(status), Responder.detailFor(status, request), List.of());
        response.setEntity(filled.getEntity(), null, filled.getMediaType());
    }

    private static String titleOf(int status) {
        var known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        return known == null ? "Request refused" : known.getReasonPhrase();
    }
}
