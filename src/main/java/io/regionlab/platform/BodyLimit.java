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

    private final long limit;
    private final String refusal;

    public BodyLimit(@ConfigProperty(name = "regionlab.api.max-body-size", defaultValue = "65536") long limit, ObjectMapper json)
            throws JsonProcessingException {
        this.limit = limit;
        this.refusal = json.writeValueAsString(new Problem("about:blank", "Payload too large", 413,
                "The request body is larger than the " + limit + " bytes an API request may carry.", null, List.of()));
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(-100).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && tooLarge(length)) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).end(refusal);
            } else {
                ctx.next();
            }
        });
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
