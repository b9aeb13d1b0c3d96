package io.regionlab.deploy;

import io.regionlab.deploy.core.CfnEvent;
import io.regionlab.deploy.core.Change;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/** The only class that calls CloudFormation. It speaks in plain values so nothing else sees the SDK. */
@ApplicationScoped
public class CloudFormationGateway {

    public record StackInfo(String status, String reason, Map<String, String> outputs) {
    }

    public record ChangeSetInfo(String status, String reason, String execution, List<Change.Reported> changes) {
    }

    public record Resource(String logicalId, String resourceType, String physicalId, String status) {
    }

    /** CloudFormation refused or could not be reached; the message says which call, where, and why. */
    public static class AwsFailure extends RuntimeException {
        public AwsFailure(String message) {
            super(message, null, false, false);
        }
    }

    private final CloudFormationClients clients;

    public CloudFormationGateway(CloudFormationClients clients) {
        this.clients = clients;
    }

    public Optional<StackInfo> stack(String region, String name) {
        try {
            Stack s = clients.in(region).describeStacks(r -> r.stackName(name)).stacks().get(0);
            Map<String, String> outputs = new LinkedHashMap<>();
            for (Output o : s.outputs()) {
                outputs.put(o.outputKey(), o.outputValue());
            }
            return Optional.of(new StackInfo(s.stackStatusAsString(), s.stackStatusReason(), outputs));
        } catch (AwsServiceException e) {
            if (doesNotExist(e)) {
                return Optional.empty();
            }
            throw failure("DescribeStacks", region, name, e);
        } catch (SdkException e) {
            throw failure("DescribeStacks", region, name, e);
        }
    }

    public String createChangeSet(String region, String stack, String changeSetName, boolean update, String template,
            Map<String, String> parameters, List<String> capabilities) {
        List<Parameter> params = parameters.entrySet().stream()
                .map(p -> Parameter.builder().parameterKey(p.getKey()).parameterValue(p.getValue()).build()).toList();
        List<Capability> caps = new ArrayList<>(capabilities.stream().map(Capability::fromValue).toList());
        if (caps.contains(Capability.CAPABILITY_IAM) && !caps.contains(Capability.CAPABILITY_NAMED_IAM)) {
            // Roles with explicit names need the named variant; asking for it costs nothing when they have none.
            caps.add(Capability.CAPABILITY_NAMED_IAM);
        }
        return call("CreateChangeSet", region, stack, () -> clients.in(region).createChangeSet(r -> r.stackName(stack)
                .changeSetName(changeSetName).changeSetType(update ? ChangeSetType.UPDATE : ChangeSetType.CREATE)
                .templateBody(template).parameters(params).capabilities(caps)
                .description("RegionLab plan")).id());
    }

    public ChangeSetInfo changeSet(String region, String stack, String changeSetId) {
        List<Change.Reported> changes = new ArrayList<>();
        String token = null;
        DescribeChangeSetResponse page;
        do {
            String next = token;
            page = call("DescribeChangeSet", region, stack,
                    () -> clients.in(region).describeChangeSet(r -> r.stackName(stack).changeSetName(changeSetId).nextToken(next)));
            page.changes().stream().map(c -> c.resourceChange()).filter(c -> c != null).map(CloudFormationGateway::reported).forEach(changes::add);
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return new ChangeSetInfo(page.statusAsString(), page.statusReason(), page.executionStatusAsString(), changes);
    }

    public void executeChangeSet(String region, String stack, String changeSetId) {
        call("ExecuteChangeSet", region, stack, () -> clients.in(region).executeChangeSet(r -> r.stackName(stack).changeSetName(changeSetId)));
    }

    public void deleteChangeSet(String region, String stack, String changeSetId) {
        call("DeleteChangeSet", region, stack, () -> clients.in(region).deleteChangeSet(r -> r.stackName(stack).changeSetName(changeSetId)));
    }

    public void deleteStack(String region, String stack) {
        call("DeleteStack", region, stack, () -> clients.in(region).deleteStack(r -> r.stackName(stack)));
    }

    /** The stack's events newer than {@code after} (an event id; null for all), oldest first. */
    public List<CfnEvent> eventsAfter(String region, String stack, String after) {
        List<CfnEvent> newestFirst = new ArrayList<>();
        String token = null;
        outer:
        do {
            String next = token;
            software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse page;
            try {
                page = clients.in(region).describeStackEvents(r -> r.stackName(stack).nextToken(next));
            } catch (AwsServiceException e) {
                if (doesNotExist(e)) {
                    // A deleted stack answers to its id only; what it said while deleting was read before.
                    break;
                }
                throw failure("DescribeStackEvents", region, stack, e);
            } catch (SdkException e) {
                throw failure("DescribeStackEvents", region, stack, e);
            }
            for (StackEvent e : page.stackEvents()) {
                if (e.eventId().equals(after)) {
                    break outer;
                }
                newestFirst.add(new CfnEvent(e.eventId(), e.timestamp(), e.logicalResourceId(), e.resourceType(), e.physicalResourceId(),
                        e.resourceStatusAsString(), e.resourceStatusReason()));
            }
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The newest event id of a stack, or null when it has none or does not exist. */
    public String newestEventId(String region, String stack) {
        try {
            var events = clients.in(region).describeStackEvents(r -> r.stackName(stack)).stackEvents();
            return events.isEmpty() ? null : events.get(0).eventId();
        } catch (AwsServiceException e) {
            if (doesNotExist(e)) {
                return null;
            }
            throw failure("DescribeStackEvents", region, stack, e);
        } catch (SdkException e) {
            throw failure("DescribeStackEvents", region, stack, e);
        }
    }

    public List<Resource> resources(String region, String stack) {
        List<Resource> all = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            var page = call("ListStackResources", region, stack,
                    () -> clients.in(region).listStackResources(r -> r.stackName(stack).nextToken(next)));
            for (StackResourceSummary s : page.stackResourceSummaries()) {
                all.add(new Resource(s.logicalResourceId(), s.resourceType(), s.physicalResourceId(), s.resourceStatusAsString()));
            }
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return all;
    }

    private static Change.Reported reported(ResourceChange c) {
        return new Change.Reported(c.actionAsString(), c.logicalResourceId(), c.resourceType(), c.replacementAsString(),
                c.scopeAsStrings(), c.details().stream()
                        .filter(d -> d.target() != null)
                        .map(d -> new Change.Detail(d.target().attributeAsString(), d.target().name())).toList());
    }

    private static <T> T call(String action, String region, String stack, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw failure(action, region, stack, e);
        }
    }

    static boolean doesNotExist(AwsServiceException e) {
        return e.awsErrorDetails() != null && "ValidationError".equals(e.awsErrorDetails().errorCode())
                && e.awsErrorDetails().errorMessage() != null && e.awsErrorDetails().errorMessage().contains("does not exist");
    }

    private static AwsFailure failure(String action, String region, String stack, SdkException e) {
        String why;
        if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            why = aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage();
        } else {
            // Client-side failures (timeouts, refused connections, missing credentials) carry no secret in their message.
            why = e.getMessage();
        }
        return new AwsFailure("CloudFormation " + action + " for stack " + stack + " in " + region + " failed: " + why);
    }
}
