package io.regionlab.deploy;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.regionlab.account.Role;
import io.regionlab.deploy.Views.ApplyState;
import io.regionlab.deploy.Views.JobView;
import io.regionlab.deploy.Views.PlanView;
import io.regionlab.platform.Responder;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Apply's state, plans and jobs by their own ids, and a job's live events. See {@link DesignDeployApi} for the per-design calls. */
public final class ApplyApi {

    private ApplyApi() {
    }

    /** Whether this server applies at all, and to what; any signed-in person may ask (the page says why its buttons are off). */
    @Path("/api/apply")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public static class State {

        private final ApplyConfig config;
        private final CloudFormationClients clients;

        public State(ApplyConfig config, CloudFormationClients clients) {
            this.config = config;
            this.clients = clients;
        }

        @GET
        @Operation(summary = "Is applying turned on, and does it target AWS or an endpoint override?")
        public ApplyState state() {
            return new ApplyState(config.enabled(), clients.target());
        }
    }

    @Path("/api/plans")
    @RolesAllowed(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    public static class Plans {

        private final ApplyAccess access;
        private final JobService jobs;
        private final ApplyViews views;
        private final Responder responder;

        public Plans(ApplyAccess access, JobService jobs, ApplyViews views, Responder responder) {
            this.access = access;
            this.jobs = jobs;
            this.views = views;
            this.responder = responder;
        }

        @GET
        @Path("{planId}")
        @Operation(summary = "A plan: per stack, the change set's resource changes (admins)")
        public PlanView get(@PathParam("planId") UUID planId) {
            return views.plan(jobs.plan(access.admin(), planId));
        }

        @POST
        @Path("{planId}/apply")
        @Operation(summary = "Apply the plan exactly as shown: starts a job (admins)")
        public Response apply(@PathParam("planId") UUID planId) {
            Job job = jobs.apply(access.admin(), planId);
            return Response.accepted(views.job(job)).location(URI.create("/api/jobs/" + job.id)).build();
        }

        @ServerExceptionMapper
        public Response forbidden(ForbiddenException e, HttpServerRequest request) {
            return onlyAdmins(responder, request);
        }
    }

    @Path("/api/jobs")
    @RolesAllowed(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    public static class Jobs {

        private final ApplyAccess access;
        private final JobService jobs;
        private final ApplyViews views;
        private final JobEventStream stream;
        private final Responder responder;

        public Jobs(ApplyAccess access, JobService jobs, ApplyViews views, JobEventStream stream, Responder responder) {
            this.access = access;
            this.jobs = jobs;
            this.views = views;
            this.stream = stream;
            this.responder = responder;
        }

        @GET
        @Path("{jobId}")
        @Operation(summary = "A job: status, per-stack progress and outputs, what was left behind (admins)")
        public JobView get(@PathParam("jobId") UUID jobId) {
            return views.job(jobs.job(access.admin(), jobId));
        }

        @GET
        @Path("{jobId}/events")
        @Produces(MediaType.SERVER_SENT_EVENTS)
        @Blocking
        @Operation(summary = "The job's stack events as Server-Sent Events (stack-event, job, end); honours Last-Event-ID (admins)")
        public void events(@PathParam("jobId") UUID jobId, @HeaderParam("Last-Event-ID") String lastEventId, @Context SseEventSink sink,
                @Context Sse sse) {
            jobs.job(access.admin(), jobId);
            stream.open(jobId, after(lastEventId), sink, sse);
        }

        @ServerExceptionMapper
        public Response forbidden(ForbiddenException e, HttpServerRequest request) {
            return onlyAdmins(responder, request);
        }
    }

    /** A reconnecting EventSource sends the last id it saw; anything unreadable means "from the start". */
    static long after(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(lastEventId.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Response onlyAdmins(Responder responder, HttpServerRequest request) {
        var p = ApplyProblems.forbidden();
        return responder.problem(request, p.status(), p.title(), p.getMessage(), List.of());
    }
}
