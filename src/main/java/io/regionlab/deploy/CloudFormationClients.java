package io.regionlab.deploy;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * One CloudFormation client per Region, built on first use. Credentials come only from the SDK's
 * default chain (environment, system properties, profile, container or instance role): RegionLab
 * never sees, stores or logs them.
 */
@ApplicationScoped
public class CloudFormationClients {

    private final ApplyConfig config;
    private final Map<String, CloudFormationClient> clients = new ConcurrentHashMap<>();
    private final DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();

    public CloudFormationClients(ApplyConfig config) {
        this.config = config;
    }

    public CloudFormationClient in(String region) {
        return clients.computeIfAbsent(region, this::build);
    }

    /** What the clients talk to, for people: "AWS" or the override. */
    public String target() {
        return config.endpointOverride().map(e -> "endpoint " + e).orElse("AWS");
    }

    private CloudFormationClient build(String region) {
        var builder = CloudFormationClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(config.attemptTimeout())
                        .socketTimeout(config.attemptTimeout()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(config.callTimeout())
                        .apiCallAttemptTimeout(config.attemptTimeout())
                        .retryStrategy(retryStrategy())
                        .build());
        config.endpointOverride().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        return builder.build();
    }

    /**
     * The SDK's standard strategy already knows which errors are worth another attempt (Throttling,
     * 5xx, connection resets); this sets how many attempts and how long to back off, from configuration.
     */
    RetryStrategy retryStrategy() {
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(config.retryBaseDelay(), config.retryMaxDelay());
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(config.maxAttempts())
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff)
                .build();
    }

    @PreDestroy
    void close() {
        clients.values().forEach(CloudFormationClient::close);
        credentials.close();
    }
}
