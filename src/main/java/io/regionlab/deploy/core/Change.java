package io.regionlab.deploy.core;

import java.util.Comparator;
import java.util.List;

/**
 * One resource change of a plan, as the plan page shows it.
 *
 * @param action Add, Modify or Remove (CloudFormation's words; Import and Dynamic are shown as Modify)
 * @param replacement True, False or Conditional for a Modify; null otherwise
 * @param scope what part of the resource changes, e.g. Properties, Tags
 * @param details the changed attributes, e.g. Properties.MinSize
 */
public record Change(String action, String logicalId, String resourceType, String replacement, List<String> scope, List<String> details) {

    public static final String ADD = "Add";
    public static final String MODIFY = "Modify";
    public static final String REMOVE = "Remove";

    /** The order the plan page reads best in: removals and replacements first, they are what can lose data. */
    public static final Comparator<Change> RISK_FIRST = Comparator.comparingInt(Change::risk).thenComparing(Change::logicalId);

    public Change {
        scope = List.copyOf(scope);
        details = List.copyOf(details);
    }

    /** What CloudFormation reported for one resource, in plain values (the SDK's types stay in the gateway). */
    public record Reported(String action, String logicalId, String resourceType, String replacement, List<String> scope,
            List<Detail> details) {
    }

    public record Detail(String attribute, String name) {
    }

    public static Change from(Reported r) {
        String action = switch (r.action() == null ? "" : r.action()) {
            case ADD -> ADD;
            case REMOVE -> REMOVE;
            default -> MODIFY;
        };
        String replacement = action.equals(MODIFY) ? (r.replacement() == null ? "False" : r.replacement()) : null;
        List<String> details = r.details().stream()
                .map(d -> d.name() == null || d.name().isBlank() ? d.attribute() : d.attribute() + "." + d.name())
                .distinct().sorted().toList();
        return new Change(action, r.logicalId(), r.resourceType(), replacement, r.scope(), details);
    }

    public static List<Change> fromReported(List<Reported> reported) {
        return reported.stream().map(Change::from).sorted(RISK_FIRST).toList();
    }

    public boolean replaces() {
        return "True".equals(replacement) || "Conditional".equals(replacement);
    }

    private int risk() {
        if (action.equals(REMOVE)) {
            return 0;
        }
        if (replaces()) {
            return "True".equals(replacement) ? 1 : 2;
        }
        return action.equals(MODIFY) ? 3 : 4;
    }
}
