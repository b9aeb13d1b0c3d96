package io.regionlab.exam;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.regionlab.account.Learner;
import io.regionlab.exam.HistoryService.History;
import io.regionlab.exam.core.Mastery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

@Path("/history")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HistoryPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(History history, TrendChart.Chart chart);
    }

    private final HistoryService history;
    private final Learner learner;

    public HistoryPages(HistoryService history, Learner learner) {
        this.history = history;
        this.learner = learner;
    }

    @GET
    public TemplateInstance page() {
        History h = history.history(learner.id());
        return Templates.history(h, h.trend().attempts().isEmpty() ? null : history.chart(h.trend()));
    }

    /** View helpers for the history page. */
    @TemplateExtension
    static class Views {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

        static String when(Instant instant) {
            return instant == null ? "—" : WHEN.format(instant);
        }

        static String pct(Double value) {
            return value == null ? "—" : String.format(Locale.ROOT, "%.0f%%", value);
        }

        static String levelText(Mastery.TaskMastery m) {
            return switch (m.level()) {
                case NOT_ENOUGH_ANSWERS -> "Not enough answers yet";
                case LEARNING -> "Learning";
                case PROFICIENT -> "Proficient";
                case MASTERED -> "Mastered";
            };
        }

        static String fmt(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
