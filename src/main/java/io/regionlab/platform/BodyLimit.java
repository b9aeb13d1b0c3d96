package io.regionlab.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses API bodies larger than {@code regionlab.api.max-body-size} before they are read, with
 * the same problem answer as every other refusal (Vert.x's own limit answers a bare 413).
 */
@ApplicationScoped
public class BodyLimit {

    /** Paths that take design documents, which are larger than any other request body. */
    private static final List<String> DOCUMENT_PATHS = List.of("/api/designs", "/api/review", "/api/export");

    private final long limit;
    private final long documentLimit;
    private final String refusal;
    private final String documentRefusal;

    public BodyLimit(@ConfigProperty(name = "regionlab.api.max-body-size", defaultValue = "65536") long limit,
            @ConfigProperty(name = "regionlab.design.max-document-bytes", defaultValue = "1048576") long documentLimit, ObjectMapper json)
            throws JsonProcessingException {
        this.limit = limit;
        this.documentLimit = documentLimit;
        this.refusal = refusal(json, limit);
        this.documentRefusal = refusal(json, documentLimit);
    }

    private static String refusal(ObjectMapper json, long limit) throws JsonProcessingException {
        return json.writeValueAsString(new Problem("about:blank", "Payload too large", 413,
                "The request body is larger than the " + limit + " bytes an API request may carry here.", null, List.of()));
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(-100).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            boolean document = DOCUMENT_PATHS.stream().anyMatch(p -> ctx.request().path().startsWith(p));
            if (length != null && tooLarge(length, document ? documentLimit : limit)) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).end(document ? documentRefusal : refusal);
            } else {
                ctx.next();
            }
        });
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
