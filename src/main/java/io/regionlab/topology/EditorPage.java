package io.regionlab.topology;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.topology.DesignService.Caller;
import io.regionlab.topology.DesignService.Summary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * The topology editor's page. The page itself is a shell: {@code web/editor/main.js} reads the
 * document through the API. Reading the design here first makes someone else's (or a deleted)
 * design a readable 404 page instead of an editor that fails to load.
 */
@Path("/designs/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EditorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(Summary design);
    }

    private final DesignService designs;
    private final Learner learner;

    public EditorPage(DesignService designs, Learner learner) {
        this.designs = designs;
        this.learner = learner;
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id) {
        return Templates.editor(designs.summary(new Caller(learner.id(), learner.isAdmin()), id));
    }
}
