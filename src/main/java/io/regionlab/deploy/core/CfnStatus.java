package io.regionlab.deploy.core;

/**
 * What a CloudFormation stack status means for a rollout. CloudFormation reports some twenty
 * statuses; a job only needs to know whether to keep waiting, go on, or stop.
 */
public enum CfnStatus {
    /** Still moving: wait and ask again. */
    IN_PROGRESS,
    /** Created or updated as asked. */
    SUCCEEDED,
    /** The change failed and CloudFormation rolled the stack back to where it was (or removed what it made). */
    ROLLED_BACK,
    /** The change failed and the stack is stuck; a person must look. */
    FAILED,
    /** The stack is gone. */
    DELETED,
    /** A stack created by a change set that was never executed: it exists in name only. */
    REVIEW;

    public static CfnStatus of(String status) {
        if (status == null || status.isBlank()) {
            throw new IllegalArgumentException("no stack status");
        }
        if (status.equals("REVIEW_IN_PROGRESS")) {
            return REVIEW;
        }
        if (status.equals("DELETE_COMPLETE")) {
            return DELETED;
        }
        if (status.endsWith("_IN_PROGRESS")) {
            return IN_PROGRESS;
        }
        if (status.equals("ROLLBACK_COMPLETE") || status.equals("UPDATE_ROLLBACK_COMPLETE") || status.equals("IMPORT_ROLLBACK_COMPLETE")) {
            return ROLLED_BACK;
        }
        if (status.endsWith("_FAILED")) {
            return FAILED;
        }
        if (status.endsWith("_COMPLETE")) {
            return SUCCEEDED;
        }
        throw new IllegalArgumentException("unknown stack status " + status);
    }

    public boolean terminal() {
        return this != IN_PROGRESS;
    }

    /** A stack in this state can take an UPDATE change set (otherwise it needs a CREATE one, or deleting first). */
    public static boolean updatable(String status) {
        CfnStatus s = of(status);
        return s == SUCCEEDED || (s == ROLLED_BACK && !status.equals("ROLLBACK_COMPLETE"));
    }
}
