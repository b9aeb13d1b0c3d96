package io.regionlab.deploy;

import io.regionlab.platform.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Apply's own problem type, so a client can tell "turned off here" from any other conflict. */
public class ApplyProblemMappers {

    @ServerExceptionMapper
    public Response disabled(ApplyProblems.Disabled e, HttpServerRequest request) {
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new Problem(ApplyProblems.DISABLED_TYPE, ApplyProblems.Disabled.TITLE, 409, ApplyProblems.Disabled.DETAIL,
                        request.path(), List.of()))
                .build();
    }
}
