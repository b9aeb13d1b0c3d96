package io.regionlab.topology;

import io.regionlab.platform.Problem;
import io.regionlab.platform.Responder;
import io.regionlab.topology.core.TopologyException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused design document: 400 with every problem and its path. */
public class TopologyProblems {

    private final Responder responder;

    public TopologyProblems(Responder responder) {
        this.responder = responder;
    }

    @ServerExceptionMapper
    public Response refused(TopologyException e, HttpServerRequest request) {
        return responder.problem(request, 400, "Invalid design", e.getMessage(),
                e.problems().stream().map(p -> new Problem.FieldError(p.path(), p.message())).toList());
    }
}
