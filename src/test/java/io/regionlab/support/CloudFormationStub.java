package io.regionlab.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful fake of the CloudFormation Query API on WireMock, for every Region at once: the
 * Region of a call is read from its SigV4 credential scope, as the real endpoints are per Region.
 * Stacks move forward one resource per DescribeStacks or DescribeStackEvents call (see
 * {@link CloudFormationStubStack}); {@link #failOn}, {@link #throttle} and {@link #hold} shape
 * what a test needs. As on the real service, a deleted stack is found only by its stack id.
 * Throttled calls are recorded in {@link #calls()} too, so a test sees the SDK's retries.
 */
public final class CloudFormationStub {

    static final String ACCOUNT = "123456789012";

    /** One call as the stub received it; {@code stack} is the stack name (resolved from ids). */
    public record Call(String region, String action, String stack, Map<String, String> params) {
    }

    static final class Failure extends RuntimeException {
        final int status;
        final String code;

        Failure(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }

        static Failure validation(String message) {
            return new Failure(400, "ValidationError", message);
        }
    }

    private static final Pattern REGION = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/cloudformation/aws4_request");
    private static CloudFormationStub shared;

    private final WireMockServer server;
    final Map<String, CloudFormationStubStack> stacks = new LinkedHashMap<>();
    final List<CloudFormationStubStack> everStacks = new ArrayList<>();
    final Map<String, String> failures = new HashMap<>();
    final Map<String, Integer> throttles = new HashMap<>();
    final Set<String> held = new HashSet<>();
    final Map<String, Map<String, String>> outputValues = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final CloudFormationStubActions actions = new CloudFormationStubActions(this);
    private int ids;

    private CloudFormationStub() {
        server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new Transformer()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
    }

    /** The one stub of this test JVM, started on first use. */
    public static synchronized CloudFormationStub shared() {
        if (shared == null) {
            shared = new CloudFormationStub();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::stop));
        }
        return shared;
    }

    public String endpoint() {
        return "http://localhost:" + server.port();
    }

    /** Forgets all stacks, failures, throttles, holds, output values and calls. */
    public synchronized void reset() {
        stacks.clear();
        everStacks.clear();
        failures.clear();
        throttles.clear();
        held.clear();
        outputValues.clear();
        calls.clear();
    }

    /** That resource fails on create or update; the stack rolls back (ROLLBACK_COMPLETE / UPDATE_ROLLBACK_COMPLETE). */
    public synchronized void failOn(String region, String stack, String logicalId, String reason) {
        failures.put(key(region, stack) + "/" + logicalId, reason);
    }

    /** The next {@code times} calls of that action answer 400 Throttling "Rate exceeded". */
    public synchronized void throttle(String action, int times) {
        throttles.put(action, times);
    }

    /** The stack stays where it is (e.g. *_IN_PROGRESS) until {@link #release}. */
    public synchronized void hold(String region, String stack) {
        held.add(key(region, stack));
    }

    public synchronized void release(String region, String stack) {
        held.remove(key(region, stack));
    }

    /** Values the stack reports for these outputs; others get deterministic fake values. */
    public synchronized void outputs(String region, String stack, Map<String, String> values) {
        outputValues.put(key(region, stack), new HashMap<>(values));
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The stack's status; DELETE_COMPLETE once deleted; empty when it never existed. */
    public synchronized Optional<String> status(String region, String stack) {
        CloudFormationStubStack live = stacks.get(key(region, stack));
        if (live != null) {
            return Optional.of(live.status);
        }
        return everStacks.stream().filter(s -> s.region.equals(region) && s.name.equals(stack)).reduce((a, b) -> b)
                .map(s -> s.status);
    }

    static String key(String region, String stack) {
        return region + "/" + stack;
    }

    synchronized String nextId() {
        ids++;
        return String.format("00000000-0000-4000-8000-%012d", ids);
    }

    private synchronized Response handle(String authorization, String body) {
        Map<String, String> params = parseForm(body);
        String action = params.getOrDefault("Action", "");
        Matcher scope = REGION.matcher(authorization == null ? "" : authorization);
        String region = scope.find() ? scope.group(1) : "us-east-1";
        calls.add(new Call(region, action, actions.stackNameOf(region, params), Collections.unmodifiableMap(params)));
        Integer throttled = throttles.get(action);
        if (throttled != null && throttled > 0) {
            throttles.put(action, throttled - 1);
            return new Response(400, CloudFormationStubXml.error("Throttling", "Rate exceeded"));
        }
        try {
            return new Response(200, actions.run(region, action, params));
        } catch (Failure failure) {
            return new Response(failure.status, CloudFormationStubXml.error(failure.code, failure.getMessage()));
        }
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    private record Response(int status, String xml) {
    }

    private final class Transformer implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            var request = serveEvent.getRequest();
            Response response = handle(request.getHeader("Authorization"), request.getBodyAsString());
            return ResponseDefinitionBuilder.responseDefinition().withStatus(response.status())
                    .withHeader("Content-Type", "text/xml").withHeader("x-amzn-RequestId", nextId())
                    .withBody(response.xml()).build();
        }

        @Override
        public String getName() {
            return "cloudformation-stub";
        }
    }
}
