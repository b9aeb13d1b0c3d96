package io.regionlab.deploy.core;

import java.util.List;

/** The one paragraph a person reads to know what a finished job did and did not do. */
public final class JobSummary {

    public record StackOutcome(String name, Phase phase) {
    }

    private JobSummary() {
    }

    /** {@code reason} is why the failed stack failed, null when the job succeeded. */
    public static String of(boolean destroy, List<StackOutcome> stacks, String reason, List<Retained> retained) {
        List<String> done = names(stacks, destroy ? Phase.DELETED : Phase.COMPLETE);
        List<String> notStarted = names(stacks, Phase.NOT_STARTED);
        StringBuilder text = new StringBuilder();
        var failed = stacks.stream().filter(s -> s.phase().failed()).findFirst();
        if (failed.isEmpty()) {
            text.append(destroy ? "Deleted " : "Deployed ").append(count(done.size())).append(": ").append(list(done)).append('.');
        } else {
            StackOutcome f = failed.get();
            text.append("Stack ").append(f.name()).append(destroy ? " could not be deleted: " : " failed: ").append(trimDot(reason)).append('.');
            if (!destroy && f.phase() == Phase.ROLLED_BACK) {
                text.append(" CloudFormation rolled it back.");
            }
            text.append(destroy ? " Deleted: " : " Created: ").append(list(done)).append('.');
            text.append(" Not started: ").append(list(notStarted)).append('.');
        }
        if (!retained.isEmpty()) {
            text.append(" Left behind by their retain policy: ")
                    .append(String.join(", ", retained.stream().map(r -> r.logicalId() + " (" + r.resourceType() + ") of " + r.stack()).toList()))
                    .append('.');
        }
        return text.toString();
    }

    private static List<String> names(List<StackOutcome> stacks, Phase phase) {
        return stacks.stream().filter(s -> s.phase() == phase).map(StackOutcome::name).toList();
    }

    private static String count(int n) {
        return n == 1 ? "1 stack" : n + " stacks";
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String trimDot(String reason) {
        String r = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        return r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
    }
}
