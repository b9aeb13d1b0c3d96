package io.regionlab.topology.core;

/**
 * The recovery the design promises: from the loss of a zone or of a whole Region, within
 * {@code rtoMinutes} and losing at most {@code rpoMinutes} of data.
 */
public record RecoveryGoal(Scope scope, int rtoMinutes, int rpoMinutes) {

    public enum Scope implements Coded {
        ZONE("zone"), REGION("region");

        private final String code;

        Scope(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
