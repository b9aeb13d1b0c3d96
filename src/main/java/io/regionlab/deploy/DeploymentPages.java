package io.regionlab.deploy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.regionlab.account.Learner;
import io.regionlab.account.Role;
import io.regionlab.platform.Responder;
import io.regionlab.topology.DesignService;
import io.regionlab.topology.DesignService.Caller;
import io.regionlab.topology.DesignService.Stored;
import io.regionlab.topology.core.Region;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A design's deployment page: whether this server applies and to what, its plans with their
 * diffs, its jobs with live progress. The page is a frame; {@code web/js/deployments.js} fills
 * it from the Apply API, so what it shows is exactly what the API answers.
 */
@Path("/designs/{id}/deployments")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class DeploymentPages {

    /** What the page says about applying before any script runs. */
    public record ApplyStatus(boolean enabled, String target, String offTitle, String offDetail) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deployments(DesignService.Summary design, String regions, ApplyStatus apply);
    }

    private final DesignService designs;
    private final ApplyConfig config;
    private final CloudFormationClients clients;
    private final Learner learner;
    private final Responder responder;

    public DeploymentPages(DesignService designs, ApplyConfig config, CloudFormationClients clients, Learner learner, Responder responder) {
        this.designs = designs;
        this.config = config;
        this.clients = clients;
        this.learner = learner;
        this.responder = responder;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance page(@PathParam("id") UUID id) {
        Stored latest = designs.get(new Caller(learner.id(), true), id, null);
        String regions = latest.topology().regions().stream().map(Region::code).collect(Collectors.joining(", "));
        ApplyStatus apply = new ApplyStatus(config.enabled(), clients.target(), ApplyProblems.Disabled.TITLE, ApplyProblems.Disabled.DETAIL);
        return Templates.deployments(latest.design(), regions, apply);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ApplyApi.onlyAdmins(responder, request);
    }
}
