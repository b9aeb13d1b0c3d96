package io.regionlab.topology;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.platform.Problem;
import io.regionlab.topology.DesignService.Caller;
import io.regionlab.topology.DesignService.Stored;
import io.regionlab.topology.DesignService.Summary;
import io.regionlab.topology.ReferenceDesigns.Reference;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Catalog.CatalogRegion;
import io.regionlab.topology.core.Region;
import io.regionlab.topology.core.Topology;
import io.regionlab.topology.core.TopologyException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The design list: start a design (blank, from a reference design or from a JSON file), rename and
 * delete one. Plain forms posting here, so all of it works without JavaScript; a refused document
 * is shown on the page with the codec's field errors and nothing is created.
 */
@Path("/designs")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DesignPages {

    /** How many of a Region's zones a blank design starts with: three zones is what the review asks for. */
    static final int BLANK_ZONES = 3;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'\u00a0UTC'").withZone(ZoneOffset.UTC);

    public record Row(UUID id, String name, String regions, int versions, String savedAt, Instant updatedAt) {

        /** The form marker of this row's rename form, so a refused rename opens again with its message. */
        public String renameForm() {
            return "rename-" + id;
        }
    }

    /** What the page says after a form: a confirmation, or a refusal with the fields it names. */
    public record Outcome(boolean ok, String message, List<Problem.FieldError> errors) {

        static Outcome done(String message) {
            return new Outcome(true, message, List.of());
        }

        static Outcome refused(String message, List<Problem.FieldError> errors) {
            return new Outcome(false, message, errors);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance designs(List<Row> designs, List<CatalogRegion> regions, List<Reference> references,
                Outcome outcome, String form, boolean admin);

        static native TemplateInstance delete(Summary design, String regions);
    }

    private final DesignService designs;
    private final ReferenceDesigns references;
    private final Catalog catalog;
    private final Learner learner;
    private final ObjectMapper json;
    private final DesignConfig config;

    public DesignPages(DesignService designs, ReferenceDesigns references, Catalog catalog, Learner learner, ObjectMapper json,
            DesignConfig config) {
        this.designs = designs;
        this.references = references;
        this.catalog = catalog;
        this.learner = learner;
        this.json = json;
        this.config = config;
    }

    @GET
    public TemplateInstance list(@QueryParam("renamed") UUID renamed, @QueryParam("deleted") boolean deleted) {
        // Only a code travels in the URL, so a link cannot make the page say something we did not.
        Outcome outcome = null;
        if (renamed != null) {
            outcome = Outcome.done("Renamed to “" + designs.summary(caller(), renamed).name() + "”.");
        } else if (deleted) {
            outcome = Outcome.done("The design and all its versions were deleted.");
        }
        return page(outcome, null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response blank(@FormParam("name") String name, @FormParam("region") String region) {
        CatalogRegion chosen = catalog.region(region == null ? "" : region).orElse(null);
        if (chosen == null) {
            return refused("blank", "The design was not created.", List.of(new Problem.FieldError("region", "choose a Region from the list")));
        }
        ObjectNode doc = json.createObjectNode().put("format", Topology.FORMAT).put("name", name == null ? "" : name.trim());
        ObjectNode first = doc.putArray("regions").addObject().put("code", chosen.code()).put("role", "primary");
        chosen.zones().stream().limit(BLANK_ZONES).forEach(first.withArray("zones")::add);
        doc.putArray("components");
        doc.putArray("links");
        return create(doc.toString(), "blank");
    }

    @POST
    @Path("from-reference")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fromReference(@FormParam("reference") String reference, @FormParam("name") String name) {
        var entry = references.find(reference == null ? "" : reference).orElse(null);
        if (entry == null) {
            return refused("reference", "The design was not created.",
                    List.of(new Problem.FieldError("reference", "choose one of the reference designs")));
        }
        String document = entry.document();
        if (name != null && !name.isBlank()) {
            try {
                ObjectNode doc = (ObjectNode) json.readTree(document);
                doc.put("name", name.trim());
                document = doc.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return create(document, "reference");
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importJson(@RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return refused("import", "Nothing was imported.", List.of(new Problem.FieldError("file", "choose a JSON file to import")));
        }
        if (file.size() > config.maxDocumentBytes()) {
            return refused("import", "Nothing was imported.", List.of(new Problem.FieldError("file",
                    "the file has " + file.size() + " bytes; a design may have at most " + config.maxDocumentBytes())));
        }
        String document;
        try {
            document = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return refused("import", "Nothing was imported.", List.of(new Problem.FieldError("file", "the file is not UTF-8 text")));
        }
        return create(document, "import");
    }

    @POST
    @Path("{id}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("id") UUID id, @FormParam("name") String name) {
        String before = designs.summary(caller(), id).name();
        try {
            designs.rename(caller(), id, name == null ? "" : name.trim(), null);
            return Response.seeOther(URI.create("/designs?renamed=" + id)).build();
        } catch (TopologyException e) {
            return refused("rename-" + id, "“" + before + "” was not renamed.", errors(e));
        }
    }

    @GET
    @Path("{id}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") UUID id) {
        Stored stored = designs.get(caller(), id, null);
        return Templates.delete(stored.design(), regions(stored.topology()));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") UUID id) {
        designs.delete(caller(), id);
        return Response.seeOther(URI.create("/designs?deleted=true")).build();
    }

    private Response create(String document, String form) {
        try {
            Stored stored = designs.create(caller(), document);
            return Response.seeOther(URI.create("/designs/" + stored.design().id())).build();
        } catch (TopologyException e) {
            String what = "import".equals(form) ? "Nothing was imported: the file is not a valid design." : "The design was not created.";
            return refused(form, what, errors(e));
        }
    }

    private TemplateInstance page(Outcome outcome, String form) {
        Caller caller = caller();
        List<Row> rows = designs.list(caller, false).stream().map(s -> {
            Stored latest = designs.get(caller, s.id(), null);
            return new Row(s.id(), s.name(), regions(latest.topology()), s.version(), WHEN.format(s.updatedAt()), s.updatedAt());
        }).toList();
        return Templates.designs(rows, List.copyOf(catalog.regions().values()), references.list(), outcome, form, learner.isAdmin());
    }

    private Response refused(String form, String message, List<Problem.FieldError> errors) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(Outcome.refused(message, errors), form)).build();
    }

    static List<Problem.FieldError> errors(TopologyException e) {
        return e.problems().stream().map(p -> new Problem.FieldError(p.path(), p.message())).toList();
    }

    static String regions(Topology topology) {
        return topology.regions().stream().map(Region::code).collect(Collectors.joining(", "));
    }

    private Caller caller() {
        return new Caller(learner.id(), learner.isAdmin());
    }
}
