package io.regionlab.deploy.core;

import java.util.List;
import java.util.Optional;

/**
 * The next thing a job does with its current stack, decided from what is stored and what
 * CloudFormation reports now. Pure: the runner asks, does the step, and stores the result.
 */
public final class JobMachine {

    /** Words CloudFormation uses when a change set has nothing to do. */
    private static final List<String> NO_CHANGES = List.of("didn't contain changes", "No updates are to be performed");

    private JobMachine() {
    }

    public enum Kind {
        /** Create the change set now (its parameters come from stacks this job created). */
        CREATE_CHANGE_SET,
        /** The change set is still being computed: ask again later. */
        WAIT_CHANGE_SET,
        EXECUTE,
        /** The stack is moving: read its events and ask again later. */
        POLL,
        /** The stack is where the plan wants it: record its outputs and go to the next stack. */
        COMPLETE,
        DELETE,
        /** The stack is gone: go to the next stack. */
        DELETED,
        /** Stop the job; {@code phase} says how the stack ended. */
        STOP
    }

    public record Step(Kind kind, Phase phase, String reason) {
        static Step of(Kind kind) {
            return new Step(kind, null, null);
        }

        static Step stop(Phase phase, String reason) {
            return new Step(Kind.STOP, phase, reason);
        }
    }

    /**
     * What CloudFormation says now.
     *
     * @param stackStatus the stack's status, empty when the stack does not exist
     * @param stackReason the stack's status reason, if any
     * @param changeSetStatus the change set's status (CREATE_PENDING, CREATE_COMPLETE, FAILED, ...) when it was asked
     * @param changeSetReason why a change set failed
     * @param execution the change set's execution status (AVAILABLE = not executed yet), when it was asked
     * @param timedOut the stack has been in progress longer than the configured stack timeout
     */
    public record Observation(Optional<String> stackStatus, String stackReason, String changeSetStatus, String changeSetReason,
            String execution, boolean timedOut) {

        public static Observation stack(Optional<String> status, String reason, boolean timedOut) {
            return new Observation(status, reason, null, null, null, timedOut);
        }

        public Observation withChangeSet(String status, String reason, String execution) {
            return new Observation(stackStatus, stackReason, status, reason, execution, timedOut);
        }
    }

    /** Whether the runner must describe the change set before deciding (the stack status alone cannot tell). */
    public static boolean needsChangeSet(Phase phase) {
        return phase == Phase.CHANGE_SET_CREATING || phase == Phase.EXECUTE_REQUESTED;
    }

    /**
     * Apply: {@code hasChangeSet} = the plan made this stack's change set; {@code unchanged} = the plan found nothing to change.
     */
    public static Step nextApply(Phase phase, boolean hasChangeSet, boolean unchanged, Observation seen) {
        return switch (phase) {
            case PENDING -> unchanged ? Step.of(Kind.COMPLETE) : hasChangeSet ? Step.of(Kind.EXECUTE) : Step.of(Kind.CREATE_CHANGE_SET);
            case CHANGE_SET_CREATING -> changeSetReady(seen);
            case EXECUTE_REQUESTED -> notExecutedYet(seen) ? Step.of(Kind.EXECUTE) : executing(seen);
            case EXECUTING -> executing(seen);
            default -> throw new IllegalStateException("apply has nothing to do in phase " + phase);
        };
    }

    public static Step nextDestroy(Phase phase, Observation seen) {
        if (seen.stackStatus().isEmpty()) {
            return Step.of(Kind.DELETED);
        }
        CfnStatus status = CfnStatus.of(seen.stackStatus().get());
        if (status == CfnStatus.DELETED) {
            return Step.of(Kind.DELETED);
        }
        boolean deleting = seen.stackStatus().get().startsWith("DELETE_");
        return switch (phase) {
            case PENDING -> status == CfnStatus.IN_PROGRESS && !deleting ? poll(seen) : Step.of(Kind.DELETE);
            case DELETE_REQUESTED, DELETING -> {
                if (status == CfnStatus.IN_PROGRESS) {
                    yield deleting ? poll(seen) : Step.of(Kind.POLL);
                }
                if (status == CfnStatus.FAILED && deleting) {
                    yield Step.stop(Phase.FAILED, reason(seen.stackReason(), "the stack could not be deleted (" + seen.stackStatus().get() + ")"));
                }
                // Not deleting: the DeleteStack call never reached CloudFormation before a restart.
                yield Step.of(Kind.DELETE);
            }
            default -> throw new IllegalStateException("destroy has nothing to do in phase " + phase);
        };
    }

    private static Step changeSetReady(Observation seen) {
        String status = seen.changeSetStatus() == null ? "" : seen.changeSetStatus();
        if (status.equals("CREATE_COMPLETE")) {
            return Step.of(Kind.EXECUTE);
        }
        if (status.equals("FAILED")) {
            return noChanges(seen.changeSetReason()) ? Step.of(Kind.COMPLETE)
                    : Step.stop(Phase.FAILED, reason(seen.changeSetReason(), "CloudFormation refused the change set"));
        }
        return seen.timedOut() ? Step.stop(Phase.FAILED, "the change set was not ready in time") : Step.of(Kind.WAIT_CHANGE_SET);
    }

    private static boolean notExecutedYet(Observation seen) {
        if ("AVAILABLE".equals(seen.execution())) {
            return true;
        }
        return seen.execution() == null && seen.stackStatus().map(CfnStatus::of).orElse(null) == CfnStatus.REVIEW;
    }

    private static Step executing(Observation seen) {
        if (seen.stackStatus().isEmpty()) {
            return Step.stop(Phase.FAILED, "the stack no longer exists");
        }
        String raw = seen.stackStatus().get();
        return switch (CfnStatus.of(raw)) {
            case IN_PROGRESS, REVIEW -> poll(seen);
            case SUCCEEDED -> Step.of(Kind.COMPLETE);
            case ROLLED_BACK -> Step.stop(Phase.ROLLED_BACK, reason(seen.stackReason(), "CloudFormation rolled the stack back (" + raw + ")"));
            case FAILED -> Step.stop(Phase.FAILED, reason(seen.stackReason(), "the stack ended in " + raw));
            case DELETED -> Step.stop(Phase.ROLLED_BACK, reason(seen.stackReason(), "CloudFormation deleted the stack after a failed create"));
        };
    }

    private static Step poll(Observation seen) {
        return seen.timedOut() ? Step.stop(Phase.FAILED, "the stack was still in progress when the stack timeout ran out") : Step.of(Kind.POLL);
    }

    /** A change set that failed only because there was nothing to change. */
    public static boolean noChanges(String reason) {
        return reason != null && NO_CHANGES.stream().anyMatch(reason::contains);
    }

    private static String reason(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given;
    }
}
