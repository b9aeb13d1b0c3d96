package io.regionlab.deploy;

import io.quarkus.security.ForbiddenException;
import io.regionlab.account.Role;
import io.regionlab.deploy.Views.JobView;
import io.regionlab.deploy.Views.PlanRequest;
import io.regionlab.deploy.Views.PlanView;
import io.regionlab.platform.Responder;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A design's plans and deployment jobs (admins only; see docs/apply.md). */
@Path("/api/designs")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DesignDeployApi {

    private final ApplyAccess access;
    private final PlanService planner;
    private final JobService jobs;
    private final ApplyViews views;
    private final Responder responder;

    public DesignDeployApi(ApplyAccess access, PlanService planner, JobService jobs, ApplyViews views, Responder responder) {
        this.access = access;
        this.planner = planner;
        this.jobs = jobs;
        this.views = views;
        this.responder = responder;
    }

    @POST
    @Path("{id}/plans")
    @Operation(summary = "Plan the design's latest version: a change set per stack, shown as a diff; nothing changes yet")
    public Response plan(@PathParam("id") UUID id, PlanRequest request) {
        var caller = access.admin();
        Map<String, String> inputs = request == null || request.inputs() == null ? Map.of() : request.inputs();
        Plan plan = planner.make(caller, id, inputs);
        return Response.created(URI.create("/api/plans/" + plan.id)).entity(views.plan(plan)).build();
    }

    @GET
    @Path("{id}/plans")
    @Operation(summary = "The design's plans, newest first")
    public List<PlanView> plans(@PathParam("id") UUID id) {
        return jobs.plans(access.admin(), id).stream().map(views::plan).toList();
    }

    @POST
    @Path("{id}/destroy")
    @Operation(summary = "Delete the design's stacks, last deployed first: starts a job")
    public Response destroy(@PathParam("id") UUID id) {
        Job job = jobs.destroy(access.admin(), id);
        return Response.accepted(views.job(job)).location(URI.create("/api/jobs/" + job.id)).build();
    }

    @GET
    @Path("{id}/jobs")
    @Operation(summary = "The design's apply and destroy jobs, newest first")
    public List<JobView> jobs(@PathParam("id") UUID id) {
        return jobs.jobs(access.admin(), id).stream().map(views::job).toList();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ApplyApi.onlyAdmins(responder, request);
    }
}
