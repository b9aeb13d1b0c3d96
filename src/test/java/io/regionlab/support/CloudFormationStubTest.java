package io.regionlab.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetStatus;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.InsufficientCapabilitiesException;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.ResourceStatus;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

/** Drives the stub with the real AWS SDK v2 client, so its answers are what the SDK can read. */
class CloudFormationStubTest {

    private static final String TEMPLATE = """
            {"Parameters": {"Env": {"Type": "String", "Default": "test"}},
             "Resources": {
               "Data": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain", "Properties": {"BucketName": "data-1"}},
               "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 0}},
               "Table": {"Type": "AWS::DynamoDB::Table", "Properties": {"BillingMode": "PAY_PER_REQUEST"}}},
             "Outputs": {"BucketName": {"Value": {"Ref": "Data"}}, "QueueArn": {"Value": {"Fn::GetAtt": ["Queue", "Arn"]}}}}
            """;
    private static final Set<StackStatus> SETTLED = Set.of(StackStatus.CREATE_COMPLETE, StackStatus.ROLLBACK_COMPLETE,
            StackStatus.UPDATE_COMPLETE, StackStatus.UPDATE_ROLLBACK_COMPLETE, StackStatus.DELETE_COMPLETE);

    private final CloudFormationStub stub = CloudFormationStub.shared();
    private CloudFormationClient west;
    private CloudFormationClient eu;

    @BeforeEach
    void clients() {
        stub.reset();
        west = client("us-west-2");
        eu = client("eu-west-1");
    }

    @AfterEach
    void close() {
        west.close();
        eu.close();
    }

    private CloudFormationClient client(String region) {
        return CloudFormationClient.builder().region(Region.of(region)).endpointOverride(URI.create(stub.endpoint()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIASTUBTEST", "stub-secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static CreateChangeSetResponse createChangeSet(CloudFormationClient cfn, String stack, String template, ChangeSetType type) {
        return cfn.createChangeSet(b -> b.stackName(stack).changeSetName("plan-" + System.nanoTime()).changeSetType(type)
                .templateBody(template).parameters(Parameter.builder().parameterKey("Env").parameterValue("prod").build())
                .capabilities(Capability.CAPABILITY_IAM));
    }

    private static DescribeChangeSetResponse describeUntilSettled(CloudFormationClient cfn, String changeSetId) {
        DescribeChangeSetResponse first = cfn.describeChangeSet(b -> b.changeSetName(changeSetId));
        assertThat(first.status()).isEqualTo(ChangeSetStatus.CREATE_PENDING);
        assertThat(first.changes()).isEmpty();
        return cfn.describeChangeSet(b -> b.changeSetName(changeSetId));
    }

    /** Polls as an apply would; each poll moves the stack one resource on. Answers the statuses seen. */
    private static List<StackStatus> pollUntilSettled(CloudFormationClient cfn, String stack) {
        List<StackStatus> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            StackStatus status = cfn.describeStacks(b -> b.stackName(stack)).stacks().get(0).stackStatus();
            seen.add(status);
            if (SETTLED.contains(status)) {
                return seen;
            }
        }
        throw new AssertionError("stack " + stack + " never settled: " + seen);
    }

    private void deploy(CloudFormationClient cfn, String stack) {
        CreateChangeSetResponse created = createChangeSet(cfn, stack, TEMPLATE, ChangeSetType.CREATE);
        describeUntilSettled(cfn, created.id());
        cfn.executeChangeSet(b -> b.changeSetName(created.id()));
        assertThat(pollUntilSettled(cfn, stack)).last().isEqualTo(StackStatus.CREATE_COMPLETE);
    }

    @Test
    void aChangeSetListsItsAdditionsAndExecutingItCreatesTheStackOneResourcePerPoll() {
        stub.outputs("us-west-2", "app-west", Map.of("BucketName", "bucket-from-test"));
        CreateChangeSetResponse created = createChangeSet(west, "app-west", TEMPLATE, ChangeSetType.CREATE);
        assertThat(created.id()).startsWith("arn:aws:cloudformation:us-west-2:123456789012:changeSet/");
        assertThat(created.stackId()).startsWith("arn:aws:cloudformation:us-west-2:123456789012:stack/app-west/");
        assertThat(west.describeStacks(b -> b.stackName("app-west")).stacks().get(0).stackStatus())
                .isEqualTo(StackStatus.REVIEW_IN_PROGRESS);

        DescribeChangeSetResponse described = describeUntilSettled(west, created.id());
        assertThat(described.status()).isEqualTo(ChangeSetStatus.CREATE_COMPLETE);
        assertThat(described.executionStatusAsString()).isEqualTo("AVAILABLE");
        assertThat(described.parameters()).extracting(Parameter::parameterValue).containsExactly("prod");
        assertThat(described.changes()).extracting(c -> c.resourceChange().actionAsString() + " " + c.resourceChange().logicalResourceId()
                + " " + c.resourceChange().resourceType()).containsExactly("Add Data AWS::S3::Bucket", "Add Queue AWS::SQS::Queue",
                        "Add Table AWS::DynamoDB::Table");

        west.executeChangeSet(b -> b.changeSetName(created.id()));
        assertThat(pollUntilSettled(west, "app-west")).containsExactly(StackStatus.CREATE_IN_PROGRESS, StackStatus.CREATE_IN_PROGRESS,
                StackStatus.CREATE_COMPLETE);
        assertThat(stub.status("us-west-2", "app-west")).contains("CREATE_COMPLETE");

        Stack stack = west.describeStacks(b -> b.stackName("app-west")).stacks().get(0);
        assertThat(stack.outputs()).extracting(o -> o.outputKey() + "=" + o.outputValue())
                .contains("BucketName=bucket-from-test").anyMatch(o -> o.startsWith("QueueArn=arn:aws:sqs:us-west-2:123456789012:"));
        List<StackEvent> events = west.describeStackEvents(b -> b.stackName("app-west")).stackEvents();
        assertThat(events.get(0).logicalResourceId()).isEqualTo("app-west");
        assertThat(events.get(0).resourceStatus()).isEqualTo(ResourceStatus.CREATE_COMPLETE);
        assertThat(events).extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString()).endsWith(
                "Data CREATE_COMPLETE", "Data CREATE_IN_PROGRESS", "app-west CREATE_IN_PROGRESS");
        assertThat(events).allSatisfy(e -> assertThat(e.timestamp()).isNotNull());

        assertThatThrownBy(() -> eu.describeStacks(b -> b.stackName("app-west"))).isInstanceOf(CloudFormationException.class);
        deploy(eu, "app-west");
        assertThat(stub.calls()).filteredOn(c -> c.action().equals("ExecuteChangeSet")).extracting(CloudFormationStub.Call::region)
                .containsExactly("us-west-2", "eu-west-1");
        assertThat(stub.calls()).filteredOn(c -> c.action().equals("ExecuteChangeSet")).extracting(CloudFormationStub.Call::stack)
                .containsOnly("app-west");
    }

    @Test
    void aFailingResourceRollsTheNewStackBack() {
        stub.failOn("eu-west-1", "app-eu", "Queue", "Resource handler returned message: \"quota exceeded\"");
        CreateChangeSetResponse created = createChangeSet(eu, "app-eu", TEMPLATE, ChangeSetType.CREATE);
        describeUntilSettled(eu, created.id());
        eu.executeChangeSet(b -> b.changeSetName(created.id()));

        assertThat(pollUntilSettled(eu, "app-eu")).contains(StackStatus.ROLLBACK_IN_PROGRESS).last()
                .isEqualTo(StackStatus.ROLLBACK_COMPLETE);
        List<StackEvent> events = eu.describeStackEvents(b -> b.stackName("app-eu")).stackEvents();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.logicalResourceId()).isEqualTo("Queue");
            assertThat(e.resourceStatus()).isEqualTo(ResourceStatus.CREATE_FAILED);
            assertThat(e.resourceStatusReason()).contains("quota exceeded");
        });
        assertThat(events).noneMatch(e -> e.logicalResourceId().equals("Table"));
        assertThat(eu.describeStacks(b -> b.stackName("app-eu")).stacks().get(0).outputs()).isEmpty();
    }

    @Test
    void anUpdateNamesModificationsReplacementsAndRemovalsAndAnUnchangedTemplateFails() {
        deploy(west, "app");
        String changed = """
                {"Parameters": {"Env": {"Type": "String", "Default": "test"}},
                 "Resources": {
                   "Data": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain", "Properties": {"BucketName": "data-2"}},
                   "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 5}}}}
                """;
        CreateChangeSetResponse update = createChangeSet(west, "app", changed, ChangeSetType.UPDATE);
        List<Change> changes = describeUntilSettled(west, update.id()).changes();
        assertThat(changes).extracting(c -> c.resourceChange().actionAsString() + " " + c.resourceChange().logicalResourceId() + " "
                + c.resourceChange().replacementAsString()).containsExactly("Modify Data True", "Modify Queue False", "Remove Table null");
        assertThat(changes.get(0).resourceChange().details().get(0).target().name()).isEqualTo("BucketName");
        assertThat(changes.get(0).resourceChange().scopeAsStrings()).containsExactly("Properties");

        west.executeChangeSet(b -> b.changeSetName(update.id()));
        assertThat(pollUntilSettled(west, "app")).last().isEqualTo(StackStatus.UPDATE_COMPLETE);
        assertThat(west.listStackResources(b -> b.stackName("app")).stackResourceSummaries())
                .extracting(StackResourceSummary::logicalResourceId).containsExactly("Data", "Queue");

        CreateChangeSetResponse same = createChangeSet(west, "app", changed, ChangeSetType.UPDATE);
        DescribeChangeSetResponse nothing = describeUntilSettled(west, same.id());
        assertThat(nothing.status()).isEqualTo(ChangeSetStatus.FAILED);
        assertThat(nothing.statusReason()).startsWith("The submitted information didn't contain changes.");
        assertThatThrownBy(() -> west.executeChangeSet(b -> b.changeSetName(same.id())))
                .isInstanceOfSatisfying(CloudFormationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidChangeSetStatus"));
    }

    @Test
    void aFailingUpdateRollsBackToTheFormerResources() {
        deploy(west, "app");
        stub.failOn("us-west-2", "app", "Queue", "Property DelaySeconds is out of range");
        CreateChangeSetResponse update = createChangeSet(west, "app", TEMPLATE.replace("\"DelaySeconds\": 0", "\"DelaySeconds\": 999"),
                ChangeSetType.UPDATE);
        describeUntilSettled(west, update.id());
        west.executeChangeSet(b -> b.changeSetName(update.id()));
        assertThat(pollUntilSettled(west, "app")).last().isEqualTo(StackStatus.UPDATE_ROLLBACK_COMPLETE);
        assertThat(stub.status("us-west-2", "app")).contains("UPDATE_ROLLBACK_COMPLETE");
    }

    @Test
    void throttledCallsAreRetriedByTheSdk() {
        deploy(west, "app");
        stub.throttle("DescribeStacks", 2);
        Stack stack = west.describeStacks(b -> b.stackName("app")).stacks().get(0);
        assertThat(stack.stackStatus()).isEqualTo(StackStatus.CREATE_COMPLETE);
        List<CloudFormationStub.Call> calls = stub.calls();
        assertThat(calls.subList(calls.size() - 3, calls.size())).extracting(CloudFormationStub.Call::action)
                .containsOnly("DescribeStacks");
    }

    @Test
    void deletingRemovesResourcesInReverseAndSkipsRetainedOnes() {
        deploy(west, "app");
        String stackId = west.describeStacks(b -> b.stackName("app")).stacks().get(0).stackId();
        west.deleteStack(b -> b.stackName("app"));
        assertThat(pollUntilSettled(west, stackId)).first().isEqualTo(StackStatus.DELETE_IN_PROGRESS);
        assertThat(west.describeStacks(b -> b.stackName(stackId)).stacks().get(0).stackStatus()).isEqualTo(StackStatus.DELETE_COMPLETE);
        assertThat(stub.status("us-west-2", "app")).contains("DELETE_COMPLETE");

        List<StackEvent> events = west.describeStackEvents(b -> b.stackName(stackId)).stackEvents();
        assertThat(events).filteredOn(e -> e.resourceStatusAsString().startsWith("DELETE_"))
                .extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString())
                .containsExactly("app DELETE_COMPLETE", "Data DELETE_SKIPPED", "Queue DELETE_COMPLETE", "Queue DELETE_IN_PROGRESS",
                        "Table DELETE_COMPLETE", "Table DELETE_IN_PROGRESS", "app DELETE_IN_PROGRESS");
        assertThat(west.listStackResources(b -> b.stackName(stackId)).stackResourceSummaries())
                .extracting(r -> r.logicalResourceId() + " " + r.resourceStatusAsString())
                .contains("Data DELETE_SKIPPED", "Table DELETE_COMPLETE");
        assertThatThrownBy(() -> west.describeStacks(b -> b.stackName("app")))
                .hasMessageContaining("Stack with id app does not exist");
    }

    @Test
    void anUnknownStackIsAValidationError() {
        assertThatThrownBy(() -> eu.describeStacks(b -> b.stackName("nope")))
                .isInstanceOfSatisfying(CloudFormationException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Stack with id nope does not exist");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
        assertThatThrownBy(() -> eu.createChangeSet(b -> b.stackName("nope").changeSetName("x").changeSetType(ChangeSetType.UPDATE)
                .templateBody(TEMPLATE))).hasMessageContaining("Stack [nope] does not exist");
    }

    @Test
    void missingParametersAndCapabilitiesAreRefusedAsTheServiceRefusesThem() {
        String needsParameter = "{\"Parameters\": {\"PrimaryArn\": {\"Type\": \"String\"}},"
                + " \"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}";
        assertThatThrownBy(() -> west.createChangeSet(b -> b.stackName("s").changeSetName("c").changeSetType(ChangeSetType.CREATE)
                .templateBody(needsParameter))).hasMessageContaining("Parameters: [PrimaryArn] must have values");
        String iam = "{\"Resources\": {\"R\": {\"Type\": \"AWS::IAM::Role\", \"Properties\": {\"RoleName\": \"r\"}}}}";
        assertThatThrownBy(() -> west.createChangeSet(b -> b.stackName("s").changeSetName("c").changeSetType(ChangeSetType.CREATE)
                .templateBody(iam).capabilities(Capability.CAPABILITY_IAM))).isInstanceOf(InsufficientCapabilitiesException.class)
                .hasMessageContaining("CAPABILITY_NAMED_IAM");
    }

    @Test
    void aHeldStackStaysInProgressUntilReleased() {
        stub.hold("us-west-2", "slow");
        CreateChangeSetResponse created = createChangeSet(west, "slow", TEMPLATE, ChangeSetType.CREATE);
        describeUntilSettled(west, created.id());
        west.executeChangeSet(b -> b.changeSetName(created.id()));
        for (int i = 0; i < 5; i++) {
            assertThat(west.describeStacks(b -> b.stackName("slow")).stacks().get(0).stackStatus())
                    .isEqualTo(StackStatus.CREATE_IN_PROGRESS);
        }
        stub.release("us-west-2", "slow");
        assertThat(pollUntilSettled(west, "slow")).last().isEqualTo(StackStatus.CREATE_COMPLETE);
    }
}
