package io.regionlab.deploy.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.deploy.core.JobMachine.Kind;
import io.regionlab.deploy.core.JobMachine.Observation;
import io.regionlab.deploy.core.JobMachine.Step;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobMachineTest {

    private static Observation stack(String status) {
        return Observation.stack(Optional.ofNullable(status), null, false);
    }

    @Test
    void aPlannedStackIsExecutedADeferredOneGetsItsChangeSetFirstAnUnchangedOneIsDone() {
        assertThat(JobMachine.nextApply(Phase.PENDING, true, false, stack("REVIEW_IN_PROGRESS")).kind()).isEqualTo(Kind.EXECUTE);
        assertThat(JobMachine.nextApply(Phase.PENDING, false, false, stack(null)).kind()).isEqualTo(Kind.CREATE_CHANGE_SET);
        assertThat(JobMachine.nextApply(Phase.PENDING, false, true, stack("CREATE_COMPLETE")).kind()).isEqualTo(Kind.COMPLETE);
    }

    @Test
    void aDeferredChangeSetIsAwaitedThenExecutedOrFound() {
        Observation pending = stack("REVIEW_IN_PROGRESS").withChangeSet("CREATE_PENDING", null, "UNAVAILABLE");
        Observation ready = stack("REVIEW_IN_PROGRESS").withChangeSet("CREATE_COMPLETE", null, "AVAILABLE");
        Observation empty = stack("UPDATE_COMPLETE").withChangeSet("FAILED", "The submitted information didn't contain changes.", null);
        Observation refused = stack("REVIEW_IN_PROGRESS").withChangeSet("FAILED", "Template format error", null);
        assertThat(JobMachine.nextApply(Phase.CHANGE_SET_CREATING, true, false, pending).kind()).isEqualTo(Kind.WAIT_CHANGE_SET);
        assertThat(JobMachine.nextApply(Phase.CHANGE_SET_CREATING, true, false, ready).kind()).isEqualTo(Kind.EXECUTE);
        assertThat(JobMachine.nextApply(Phase.CHANGE_SET_CREATING, true, false, empty).kind()).isEqualTo(Kind.COMPLETE);
        Step stop = JobMachine.nextApply(Phase.CHANGE_SET_CREATING, true, false, refused);
        assertThat(stop.kind()).isEqualTo(Kind.STOP);
        assertThat(stop.phase()).isEqualTo(Phase.FAILED);
        assertThat(stop.reason()).isEqualTo("Template format error");
    }

    @Test
    void anExecutingStackIsPolledUntilItSettles() {
        assertThat(JobMachine.nextApply(Phase.EXECUTING, true, false, stack("CREATE_IN_PROGRESS")).kind()).isEqualTo(Kind.POLL);
        assertThat(JobMachine.nextApply(Phase.EXECUTING, true, false, stack("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS")).kind()).isEqualTo(Kind.POLL);
        assertThat(JobMachine.nextApply(Phase.EXECUTING, true, false, stack("CREATE_COMPLETE")).kind()).isEqualTo(Kind.COMPLETE);
        assertThat(JobMachine.nextApply(Phase.EXECUTING, true, false, stack("ROLLBACK_COMPLETE")))
                .extracting(Step::kind, Step::phase).containsExactly(Kind.STOP, Phase.ROLLED_BACK);
        assertThat(JobMachine.nextApply(Phase.EXECUTING, true, false, stack("UPDATE_ROLLBACK_FAILED")))
                .extracting(Step::kind, Step::phase).containsExactly(Kind.STOP, Phase.FAILED);
    }

    @Test
    void aStackThatNeverSettlesStopsTheJobAtTheTimeout() {
        Step step = JobMachine.nextApply(Phase.EXECUTING, true, false, Observation.stack(Optional.of("CREATE_IN_PROGRESS"), null, true));
        assertThat(step.kind()).isEqualTo(Kind.STOP);
        assertThat(step.reason()).contains("timeout");
    }

    @Test
    void afterARestartAnExecutionThatHappenedIsPolledNotRepeated() {
        Observation executed = stack("CREATE_IN_PROGRESS").withChangeSet("CREATE_COMPLETE", null, "EXECUTE_IN_PROGRESS");
        Observation notYet = stack("REVIEW_IN_PROGRESS").withChangeSet("CREATE_COMPLETE", null, "AVAILABLE");
        Observation unknownButMoving = stack("CREATE_IN_PROGRESS").withChangeSet("CREATE_COMPLETE", null, null);
        Observation unknownNotMoving = stack("REVIEW_IN_PROGRESS").withChangeSet("CREATE_COMPLETE", null, null);
        assertThat(JobMachine.nextApply(Phase.EXECUTE_REQUESTED, true, false, executed).kind()).isEqualTo(Kind.POLL);
        assertThat(JobMachine.nextApply(Phase.EXECUTE_REQUESTED, true, false, notYet).kind()).isEqualTo(Kind.EXECUTE);
        assertThat(JobMachine.nextApply(Phase.EXECUTE_REQUESTED, true, false, unknownButMoving).kind()).isEqualTo(Kind.POLL);
        assertThat(JobMachine.nextApply(Phase.EXECUTE_REQUESTED, true, false, unknownNotMoving).kind()).isEqualTo(Kind.EXECUTE);
        assertThat(JobMachine.needsChangeSet(Phase.EXECUTE_REQUESTED)).isTrue();
        assertThat(JobMachine.needsChangeSet(Phase.EXECUTING)).isFalse();
    }

    @Test
    void destroyDeletesPollsAndSkipsWhatIsNotThere() {
        assertThat(JobMachine.nextDestroy(Phase.PENDING, stack(null)).kind()).isEqualTo(Kind.DELETED);
        assertThat(JobMachine.nextDestroy(Phase.PENDING, stack("CREATE_COMPLETE")).kind()).isEqualTo(Kind.DELETE);
        assertThat(JobMachine.nextDestroy(Phase.DELETING, stack("DELETE_IN_PROGRESS")).kind()).isEqualTo(Kind.POLL);
        assertThat(JobMachine.nextDestroy(Phase.DELETING, stack("DELETE_COMPLETE")).kind()).isEqualTo(Kind.DELETED);
        assertThat(JobMachine.nextDestroy(Phase.DELETING, stack(null)).kind()).isEqualTo(Kind.DELETED);
        assertThat(JobMachine.nextDestroy(Phase.DELETING, stack("DELETE_FAILED")))
                .extracting(Step::kind, Step::phase).containsExactly(Kind.STOP, Phase.FAILED);
    }

    @Test
    void afterARestartADeleteThatNeverReachedCloudFormationIsSentAgain() {
        assertThat(JobMachine.nextDestroy(Phase.DELETE_REQUESTED, stack("CREATE_COMPLETE")).kind()).isEqualTo(Kind.DELETE);
        assertThat(JobMachine.nextDestroy(Phase.DELETE_REQUESTED, stack("DELETE_IN_PROGRESS")).kind()).isEqualTo(Kind.POLL);
    }

    @Test
    void aStackBusyWithSomethingElseIsWaitedForBeforeDeleting() {
        assertThat(JobMachine.nextDestroy(Phase.PENDING, stack("UPDATE_IN_PROGRESS")).kind()).isEqualTo(Kind.POLL);
    }
}
