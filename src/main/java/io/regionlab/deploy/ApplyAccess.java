package io.regionlab.deploy;

import io.regionlab.account.Learner;
import io.regionlab.topology.DesignService.Caller;
import jakarta.enterprise.context.RequestScoped;

/** The checks every Apply endpoint makes after the role check: applying must be on. */
@RequestScoped
public class ApplyAccess {

    private final ApplyConfig config;
    private final Learner learner;

    public ApplyAccess(ApplyConfig config, Learner learner) {
        this.config = config;
        this.learner = learner;
    }

    /** The signed-in admin as a design caller (admins reach every design), once applying is known to be on. */
    public Caller admin() {
        if (!learner.isAdmin()) {
            throw ApplyProblems.forbidden();
        }
        if (!config.enabled()) {
            throw new ApplyProblems.Disabled();
        }
        return new Caller(learner.id(), true);
    }
}
