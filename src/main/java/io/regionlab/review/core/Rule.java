package io.regionlab.review.core;

import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Topology;
import java.util.List;

/** One reliability rule. Rules are small, stateless and read nothing but the design and the catalog. */
public interface Rule {

    /** Stable kebab-case id, e.g. {@code asg-single-zone}. */
    String id();

    /** One line for the list of rules. */
    String title();

    Severity severity();

    /** The practice questions and cards that teach what this rule checks. */
    List<String> teaches();

    List<Finding> check(Topology topology, Catalog catalog);

    /** A finding of this rule about {@code target}. */
    default Finding finding(String target, String message, String why, String fix) {
        return new Finding(id(), severity(), target, message, why, fix, teaches());
    }
}
