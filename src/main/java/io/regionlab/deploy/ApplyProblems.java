package io.regionlab.deploy;

import io.regionlab.platform.ProblemException;
import java.util.List;

/** The refusals of the Apply API, worded once. */
final class ApplyProblems {

    static final String DISABLED_TYPE = "/problems/apply-disabled";

    private ApplyProblems() {
    }

    /** Applying is off on this server: the only answer every Apply endpoint but GET /api/apply gives. */
    static final class Disabled extends RuntimeException {
        static final String TITLE = "Applying is turned off on this server";
        static final String DETAIL = "An administrator of this server can turn it on with regionlab.apply.enabled=true"
                + " (environment: REGIONLAB_APPLY_ENABLED=true); see docs/apply.md.";

        Disabled() {
            super(DETAIL, null, false, false);
        }
    }

    static ProblemException forbidden() {
        return new ProblemException(403, "Forbidden", "Only admins may plan, apply or destroy, or watch deployments.", List.of());
    }

    static ProblemException stale(int planVersion, int designVersion) {
        return ProblemException.conflict("The design changed since this plan (plan of version " + planVersion + ", design now at "
                + designVersion + "); make a new plan.");
    }

    static ProblemException busy() {
        return ProblemException.conflict("A deployment job of this design is queued or running; wait for it to finish.");
    }

    static ProblemException notReady(Plan plan) {
        String why = switch (plan.status) {
            case Plan.APPLIED -> "it was applied already; its change sets are used up";
            case Plan.SUPERSEDED -> "a newer plan (or a destroy) replaced it";
            default -> "it failed: " + plan.message;
        };
        return ProblemException.conflict("Plan " + plan.id + " cannot be applied: " + why + ". Make a new plan.");
    }
}
