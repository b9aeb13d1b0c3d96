package io.regionlab.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.util.Map;

/**
 * Points every {@code @QuarkusTest} at the shared {@link CloudFormationStub} with applying on.
 * GLOBAL scope: all test classes keep one set of resources, so the app boots once for the suite.
 * The fake credentials are distinctive so a test can prove they never reach logs or the database;
 * they are system properties because the SDK's default credential chain reads those first.
 */
@WithTestResource(value = ApplyTestResource.class, scope = TestResourceScope.GLOBAL)
public final class ApplyTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ACCESS_KEY_ID = "AKIATESTREGIONLAB0001";
    public static final String SECRET_ACCESS_KEY = "test-secret-must-never-appear-in-logs-or-db-7f3a9c";

    @Override
    public Map<String, String> start() {
        System.setProperty("aws.accessKeyId", ACCESS_KEY_ID);
        System.setProperty("aws.secretAccessKey", SECRET_ACCESS_KEY);
        System.setProperty("aws.region", "us-east-1");
        return Map.of("regionlab.apply.enabled", "true",
                "regionlab.apply.endpoint-override", CloudFormationStub.shared().endpoint(),
                "regionlab.apply.poll-interval", "PT0.05S");
    }

    @Override
    public void stop() {
        // The stub lives for the whole test JVM; a JVM shutdown hook stops it.
    }
}
