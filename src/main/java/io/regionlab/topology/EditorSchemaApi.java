package io.regionlab.topology;

import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.TopologyCodec;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the editor must know beyond the JSON Schema, from the same code the reader uses: where
 * each component kind is placed (palette) and which link kinds may join two component kinds
 * (the connect action), so the browser never keeps its own copy of these rules.
 */
@Path("/api/schema")
@Produces(MediaType.APPLICATION_JSON)
public class EditorSchemaApi {

    /** {@code placement}: global, regional, zonal or one-zone (see {@link ComponentKind.Placement}). */
    public record KindInfo(String kind, String placement) {
    }

    public record LinkRule(String from, String to, List<String> kinds) {
    }

    private static final List<KindInfo> KINDS = Arrays.stream(ComponentKind.values())
            .map(k -> new KindInfo(k.code(), k.placement().name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList();

    private static final List<LinkRule> LINKS = linkRules();

    @GET
    @Path("kinds")
    public List<KindInfo> kinds() {
        return KINDS;
    }

    /** Every pair of component kinds that some link kind may join, with those link kinds. */
    @GET
    @Path("links")
    public List<LinkRule> links() {
        return LINKS;
    }

    private static List<LinkRule> linkRules() {
        List<LinkRule> rules = new ArrayList<>();
        for (ComponentKind from : ComponentKind.values()) {
            for (ComponentKind to : ComponentKind.values()) {
                List<String> kinds = Arrays.stream(LinkKind.values()).filter(k -> TopologyCodec.joins(k, from, to)).map(LinkKind::code).toList();
                if (!kinds.isEmpty()) {
                    rules.add(new LinkRule(from.code(), to.code(), kinds));
                }
            }
        }
        return List.copyOf(rules);
    }
}
