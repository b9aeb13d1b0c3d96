package io.regionlab.deploy.core;

/**
 * Where a job is with one stack. Each phase is stored before the AWS call it leads to, so a server
 * that stops between the two finds out on restart, by asking CloudFormation, whether the call happened.
 */
public enum Phase {
    PENDING("pending"),
    /** A change set is being created for a stack whose parameters were only known at apply time. */
    CHANGE_SET_CREATING("in-progress"),
    /** ExecuteChangeSet is about to be (or was) called. */
    EXECUTE_REQUESTED("in-progress"),
    EXECUTING("in-progress"),
    /** DeleteStack is about to be (or was) called. */
    DELETE_REQUESTED("in-progress"),
    DELETING("in-progress"),
    COMPLETE("complete"),
    FAILED("failed"),
    ROLLED_BACK("rolled-back"),
    DELETED("deleted"),
    NOT_STARTED("not-started");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The status the API and page show. */
    public String label() {
        return label;
    }

    public boolean done() {
        return this == COMPLETE || this == FAILED || this == ROLLED_BACK || this == DELETED || this == NOT_STARTED;
    }

    public boolean failed() {
        return this == FAILED || this == ROLLED_BACK;
    }
}
