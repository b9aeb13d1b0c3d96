package io.regionlab.deploy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Apply's settings ({@code regionlab.apply.*}); see docs/apply.md. No credential is ever configured here. */
@ConfigMapping(prefix = "regionlab.apply")
public interface ApplyConfig {

    /** Off unless an operator turns it on: applying spends money in a real AWS account. */
    @WithDefault("false")
    boolean enabled();

    /** Another AWS-compatible endpoint (LocalStack, a test stub); empty means AWS itself. */
    Optional<String> endpointOverride();

    /** How often a running job asks CloudFormation for news, and how often event streams look for new events. */
    @WithDefault("PT5S")
    Duration pollInterval();

    /** How long one stack may stay in progress before the job gives up on it. */
    @WithDefault("PT60M")
    Duration stackTimeout();

    /** How long making a plan may wait for its change sets. */
    @WithDefault("PT5M")
    Duration planTimeout();

    /** The bound on one SDK call, retries included. */
    @WithDefault("PT30S")
    Duration callTimeout();

    /** The bound on one attempt of an SDK call. */
    @WithDefault("PT10S")
    Duration attemptTimeout();

    /** Attempts per call (the first one included) for throttling, 5xx and transient network errors. */
    @WithDefault("5")
    int maxAttempts();

    /** The first backoff delay; later ones grow exponentially with jitter up to {@link #retryMaxDelay()}. */
    @WithDefault("PT0.5S")
    Duration retryBaseDelay();

    @WithDefault("PT20S")
    Duration retryMaxDelay();

    /** Put before every generated stack name, so RegionLab's stacks stand out in the console. */
    @WithDefault("regionlab")
    String stackPrefix();

    /** A running job whose owner has not shown a sign of life for this long is taken over by another instance. */
    @WithDefault("PT2M")
    Duration staleClaim();
}
