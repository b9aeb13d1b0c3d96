package io.regionlab.deploy;

import static io.regionlab.deploy.ApplyFixture.apply;
import static io.regionlab.deploy.ApplyFixture.create;
import static io.regionlab.deploy.ApplyFixture.finished;
import static io.regionlab.deploy.ApplyFixture.plan;
import static io.regionlab.deploy.ApplyFixture.stack;
import static io.regionlab.deploy.ApplyFixture.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.deploy.core.TwoRegionDesign;
import io.regionlab.support.CloudFormationStub.Call;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Apply and destroy against the CloudFormation stub, watched through the API as the page would. */
@QuarkusTest
class ApplyJobTest extends ApplyTestBase {

    @Test
    void stacksDeployInOrderAndTheFirstRegionsOutputFeedsTheSecond() {
        String name = uniqueName("apply");
        String first = stack(name, "eu-west-1");
        String second = stack(name, "us-west-2");
        stub.outputs("eu-west-1", first, Map.of("DataEuArn", "arn:aws:s3:::bucket-from-eu-west-1"));
        String design = create(admin, TwoRegionDesign.document(name));

        String job = apply(admin, plan(admin, design).getString("id"));
        JsonPath done = finished(admin, job);

        assertThat(done.getString("status")).isEqualTo("succeeded");
        assertThat(done.getList("stacks.name")).containsExactly(first, second);
        assertThat(done.getList("stacks.status")).containsExactly("complete", "complete");
        assertThat(done.getList("stacks.cfnStatus")).containsExactly("CREATE_COMPLETE", "CREATE_COMPLETE");
        assertThat(done.getString("stacks[0].outputs.DataEuArn")).isEqualTo("arn:aws:s3:::bucket-from-eu-west-1");
        assertThat(done.getString("message")).isEqualTo("Deployed 2 stacks: " + first + ", " + second + ".");

        List<Call> calls = stub.calls();
        int firstExecuted = indexOf(calls, "ExecuteChangeSet", first);
        int secondPlanned = indexOf(calls, "CreateChangeSet", second);
        int secondExecuted = indexOf(calls, "ExecuteChangeSet", second);
        assertThat(firstExecuted).isGreaterThanOrEqualTo(0).isLessThan(secondPlanned);
        assertThat(secondPlanned).isLessThan(secondExecuted);
        assertThat(calls.get(firstExecuted).region()).isEqualTo("eu-west-1");
        assertThat(calls.get(secondPlanned).region()).isEqualTo("us-west-2");
        assertThat(parameter(calls.get(secondPlanned), "DataEuArn")).hasValue("arn:aws:s3:::bucket-from-eu-west-1");
        assertThat(calls.stream().filter(c -> c.action().equals("ExecuteChangeSet"))).hasSize(2);
    }

    @Test
    void aFailureInTheSecondRegionStopsTheRolloutAndSaysWhatWasCreated() {
        String name = uniqueName("fail");
        String first = stack(name, "ap-southeast-2");
        String second = stack(name, "eu-west-1");
        String third = stack(name, "us-west-2");
        stub.failOn("eu-west-1", second, "DataEu", "Bucket name already taken by another account");
        String design = create(admin, TwoRegionDesign.chain(name));

        JsonPath done = finished(admin, apply(admin, plan(admin, design).getString("id")));

        assertThat(done.getString("status")).isEqualTo("failed");
        assertThat(done.getList("stacks.status")).containsExactly("complete", "rolled-back", "not-started");
        assertThat(done.getString("stacks[1].cfnStatus")).isEqualTo("ROLLBACK_COMPLETE");
        assertThat(done.getString("message"))
                .startsWith("Stack " + second + " failed: ")
                .contains("Bucket name already taken by another account")
                .contains("Created: " + first + ".")
                .contains("Not started: " + third + ".");
        assertThat(stub.calls()).noneMatch(c -> c.stack() != null && c.stack().equals(third)
                && (c.action().equals("CreateChangeSet") || c.action().equals("ExecuteChangeSet")));
        assertThat(stub.status("us-west-2", third)).isEmpty();
        assertThat(stub.status("eu-west-1", second)).hasValue("ROLLBACK_COMPLETE");
    }

    @Test
    void destroyDeletesInReverseOrderAndListsWhatItLeavesBehind() {
        String name = uniqueName("destroy");
        String first = stack(name, "eu-west-1");
        String second = stack(name, "us-west-2");
        String design = create(admin, TwoRegionDesign.document(name));
        assertThat(finished(admin, apply(admin, plan(admin, design).getString("id"))).getString("status")).isEqualTo("succeeded");
        int before = stub.calls().size();

        String job = admin.req().post("/api/designs/{id}/destroy", design).then().statusCode(202)
                .extract().path("id");
        JsonPath done = finished(admin, job);

        assertThat(done.getString("kind")).isEqualTo("destroy");
        assertThat(done.getString("status")).isEqualTo("succeeded");
        assertThat(done.getList("stacks.name")).containsExactly(second, first);
        assertThat(done.getList("stacks.status")).containsExactly("deleted", "deleted");
        List<Call> deletes = stub.calls().subList(before, stub.calls().size()).stream()
                .filter(c -> c.action().equals("DeleteStack")).toList();
        assertThat(deletes).extracting(Call::stack).containsExactly(second, first);
        assertThat(done.getList("retained.logicalId")).contains("Data", "DataEu");
        assertThat(done.getList("retained.stack")).contains(first, second);
        assertThat(done.getString("message")).contains("Deleted 2 stacks").contains("Left behind").contains("DataEu");
        assertThat(stub.status("eu-west-1", first)).satisfiesAnyOf(s -> assertThat(s).isEmpty(), s -> assertThat(s).hasValue("DELETE_COMPLETE"));
    }

    @Test
    void onlyOneJobPerDesignRunsAtATimeAndAPlanIsAppliedOnce() {
        String name = uniqueName("once");
        String design = create(admin, TwoRegionDesign.document(name));
        stub.hold("eu-west-1", stack(name, "eu-west-1"));
        String plan = plan(admin, design).getString("id");
        String job = apply(admin, plan);

        admin.req().post("/api/plans/{id}/apply", plan).then().statusCode(409).contentType("application/problem+json");
        admin.req().post("/api/designs/{id}/destroy", design).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("queued or running"));

        stub.release("eu-west-1", stack(name, "eu-west-1"));
        assertThat(finished(admin, job).getString("status")).isEqualTo("succeeded");
        admin.req().post("/api/plans/{id}/apply", plan).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("applied already"));
    }

    static int indexOf(List<Call> calls, String action, String stack) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).action().equals(action) && stack.equals(calls.get(i).stack())) {
                return i;
            }
        }
        return -1;
    }

    static Optional<String> parameter(Call call, String key) {
        return call.params().entrySet().stream()
                .filter(e -> e.getKey().startsWith("Parameters.member.") && e.getKey().endsWith(".ParameterKey") && e.getValue().equals(key))
                .map(e -> call.params().get(e.getKey().replace(".ParameterKey", ".ParameterValue")))
                .findFirst();
    }
}
