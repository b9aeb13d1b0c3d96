package io.regionlab.exam.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exam's blueprint, loaded from {@code blueprint.yaml}: format, domains with their weights, and task statements.
 *
 * @param exam exam code, also the id of the blueprint
 * @param version version of the blueprint file
 * @param source where the facts come from
 */
public record Blueprint(String exam, String title, String version, Reference source, ExamFormat format,
        ScoreEstimate estimate, List<Domain> domains) {

    public Blueprint {
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(estimate, "estimate");
        domains = List.copyOf(domains);
    }

    public Optional<Domain> domain(String id) {
        return domains.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Task> task(String id) {
        return domains.stream().flatMap(d -> d.tasks().stream()).filter(t -> t.id().equals(id)).findFirst();
    }

    /** @throws IllegalArgumentException when no domain has a task with that id */
    public Domain domainOfTask(String taskId) {
        return domains.stream()
                .filter(d -> d.tasks().stream().anyMatch(t -> t.id().equals(taskId)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no task \"" + taskId + "\" in blueprint " + exam));
    }

    /** All tasks, domain by domain, in blueprint order. */
    public List<Task> tasks() {
        return domains.stream().flatMap(d -> d.tasks().stream()).toList();
    }
}
