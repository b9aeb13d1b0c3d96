package io.regionlab.topology;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.platform.ProblemException;
import io.regionlab.topology.DesignService.Caller;
import io.regionlab.topology.DesignService.Stored;
import io.regionlab.topology.core.Topology;
import io.regionlab.topology.core.TopologyDiff;
import io.regionlab.topology.core.TopologyDiff.Change;
import jakarta.transaction.Transactional;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A design's versions: who saved each and what it changed, two of them compared, and a restore
 * that saves an old document as a new version (history is never rewritten).
 */
@Path("/designs/{id}/history")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DesignHistoryPages {

    /** How many changes a version's one-line summary names before it says "and n more". */
    static final int SUMMARY_ITEMS = 3;

    public record VersionRow(int version, String savedAt, String savedBy, String summary, boolean latest) {
    }

    public record Comparison(int from, int to, List<TopologyDiff.Entry> entries) {
    }

    @CheckedTemplate(basePath = "DesignPages")
    static class Templates {
        static native TemplateInstance history(DesignService.Summary design, String regions, List<VersionRow> versions,
                Comparison comparison, String message, String error, boolean admin);
    }

    private final DesignService designs;
    private final DesignRepository repository;
    private final Learner learner;

    public DesignHistoryPages(DesignService designs, DesignRepository repository, Learner learner) {
        this.designs = designs;
        this.repository = repository;
        this.learner = learner;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response history(@PathParam("id") UUID id, @QueryParam("from") Integer from, @QueryParam("to") Integer to,
            @QueryParam("restored") Integer restored) {
        Stored latest = designs.get(caller(), id, null);
        Comparison comparison = null;
        String error = null;
        if (from != null && to != null) {
            if (from < 1 || to < 1 || from > latest.version() || to > latest.version()) {
                error = "Choose two versions between 1 and " + latest.version() + " to compare.";
            } else {
                comparison = new Comparison(from, to, designs.diff(caller(), id, from, to));
            }
        } else if (from != null || to != null) {
            error = "Choose two versions to compare: one in the “from” column and one in the “to” column.";
        }
        String message = restored == null ? null
                : "Version " + restored + " was restored as version " + latest.version() + ". Nothing was deleted: the versions in between are still here.";
        return Response.status(error == null ? 200 : 400)
                .entity(page(latest, comparison, message, error)).build();
    }

    @POST
    @Path("{version}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") UUID id, @PathParam("version") int version, @FormParam("latest") Integer latest) {
        Stored old = designs.get(caller(), id, version);
        try {
            designs.save(caller(), id, old.document(), latest);
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            return Response.status(409).entity(page(designs.get(caller(), id, null), null, null,
                    "Version " + version + " was not restored: the design was saved again since you opened this page. Look at the newest version below, then restore again if you still want to.")).build();
        }
        return Response.seeOther(URI.create("/designs/" + id + "/history?restored=" + version)).build();
    }

    private TemplateInstance page(Stored latest, Comparison comparison, String message, String error) {
        UUID id = latest.design().id();
        var versions = repository.versions(id);
        Map<Long, String> names = designs.savers(versions);
        List<VersionRow> rows = new ArrayList<>();
        Topology newer = null;
        // Newest first: each version is summarised against the one before it, read in the same pass.
        for (int i = 0; i < versions.size(); i++) {
            DesignVersion v = versions.get(i);
            Topology current = designs.read(v.document);
            rows.add(new VersionRow(v.id.version(), DesignPages.WHEN.format(v.savedAt), DesignService.savedBy(names, v),
                    null, i == 0));
            if (newer != null) {
                VersionRow row = rows.get(i - 1);
                rows.set(i - 1, new VersionRow(row.version(), row.savedAt(), row.savedBy(), summary(TopologyDiff.between(current, newer)), row.latest()));
            }
            newer = current;
        }
        if (!rows.isEmpty()) {
            VersionRow first = rows.get(rows.size() - 1);
            rows.set(rows.size() - 1, new VersionRow(first.version(), first.savedAt(), first.savedBy(), "created", first.latest()));
        }
        return Templates.history(latest.design(), DesignPages.regions(latest.topology()), rows, comparison, message, error, learner.isAdmin());
    }

    static String summary(List<TopologyDiff.Entry> entries) {
        if (entries.isEmpty()) {
            return "no change to the design";
        }
        String named = entries.stream().limit(SUMMARY_ITEMS).map(e -> verb(e.change()) + " " + e.item()).collect(Collectors.joining("; "));
        return entries.size() > SUMMARY_ITEMS ? named + "; and " + (entries.size() - SUMMARY_ITEMS) + " more" : named;
    }

    private static String verb(Change change) {
        return switch (change) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED -> "changed";
        };
    }

    private Caller caller() {
        return new Caller(learner.id(), learner.isAdmin());
    }
}
