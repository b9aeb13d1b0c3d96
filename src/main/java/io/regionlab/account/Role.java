package io.regionlab.account;

/** The two roles of RegionLab. Admins may also apply designs to AWS (a later feature). */
public final class Role {
    public static final String LEARNER = "learner";
    public static final String ADMIN = "admin";

    private Role() {
    }
}
