package io.regionlab.deploy;

import static io.regionlab.deploy.ApplyFixture.apply;
import static io.regionlab.deploy.ApplyFixture.create;
import static io.regionlab.deploy.ApplyFixture.finished;
import static io.regionlab.deploy.ApplyFixture.plan;
import static io.regionlab.deploy.ApplyFixture.stack;
import static io.regionlab.deploy.ApplyFixture.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.deploy.core.TwoRegionDesign;
import io.regionlab.topology.core.TopologyCodecTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plans against the CloudFormation stub: what a person sees before anything changes. */
@QuarkusTest
class PlanApiTest extends ApplyTestBase {

    @Test
    void aTwoRegionPlanShowsEachStacksChangesAndDefersTheOneWaitingForOutputs() {
        String name = uniqueName("plan");
        String first = stack(name, "eu-west-1");
        String second = stack(name, "us-west-2");
        String design = create(admin, TwoRegionDesign.document(name));

        JsonPath plan = plan(admin, design);

        assertThat(plan.getString("status")).isEqualTo("ready");
        assertThat(plan.getBoolean("stale")).isFalse();
        assertThat(plan.getInt("designVersion")).isEqualTo(1);
        assertThat(plan.getString("createdBy")).isEqualTo(admin.username());
        assertThat(plan.getList("stacks.name")).containsExactly(first, second);
        assertThat(plan.getList("stacks.region")).containsExactly("eu-west-1", "us-west-2");
        assertThat(plan.getList("stacks.order")).containsExactly(1, 2);
        assertThat(plan.getList("stacks.action")).containsExactly("create", "create");
        assertThat(plan.getString("stacks[0].changeSetId")).isNotBlank();
        assertThat(plan.getBoolean("stacks[0].deferred")).isFalse();
        assertThat(plan.getList("stacks[0].changes.logicalId")).contains("DataEu");
        assertThat(plan.getList("stacks[0].changes.action")).containsOnly("Add");
        assertThat(plan.getBoolean("stacks[1].deferred")).isTrue();
        assertThat(plan.getString("stacks[1].note")).contains("DataEuArn").contains(first);
        assertThat(plan.getList("stacks[1].changes.logicalId")).contains("Data");
        assertThat(plan.getString("stacks[1].changeSetId")).isNull();

        assertThat(stub.calls()).filteredOn(c -> c.action().equals("CreateChangeSet")).extracting(c -> c.stack()).containsExactly(first);
        assertThat(stub.calls()).noneMatch(c -> c.action().equals("ExecuteChangeSet"));
        admin.req().get("/api/designs/{id}/plans", design).then().statusCode(200).body("id", hasItem(plan.getString("id")));
        admin.req().get("/api/plans/{id}", plan.getString("id")).then().statusCode(200).body("stacks[1].deferred", equalTo(true));
    }

    @Test
    void aPlanOfDeployedStacksIsAnUpdateAndSaysWhenNothingChanges() {
        String name = uniqueName("update");
        String design = create(admin, TwoRegionDesign.document(name));
        assertThat(finished(admin, apply(admin, plan(admin, design).getString("id"))).getString("status")).isEqualTo("succeeded");

        JsonPath again = plan(admin, design);

        assertThat(again.getString("status")).isEqualTo("ready");
        assertThat(again.getList("stacks.action")).containsExactly("none", "none");
        assertThat(again.getList("stacks.deferred")).containsExactly(false, false);
        assertThat(stub.calls()).filteredOn(c -> c.action().equals("CreateChangeSet") && c.stack().equals(stack(name, "us-west-2")))
                .last().satisfies(c -> assertThat(c.params()).containsEntry("ChangeSetType", "UPDATE"));
    }

    @Test
    void anUpdateThatReplacesAResourceIsCalledOut() {
        String name = uniqueName("replace");
        String first = stack(name, "eu-west-1");
        String design = create(admin, withTable(name, "userId"));
        assertThat(finished(admin, apply(admin, plan(admin, design).getString("id"))).getString("status")).isEqualTo("succeeded");
        admin.json(withTable(name, "accountId")).put("/api/designs/{id}", design).then().statusCode(200);

        JsonPath plan = plan(admin, design);

        assertThat(plan.getInt("designVersion")).isEqualTo(2);
        assertThat(plan.getString("stacks[0].name")).isEqualTo(first);
        assertThat(plan.getString("stacks[0].action")).isEqualTo("update");
        Map<String, Object> change = plan.getMap("stacks[0].changes.find { it.logicalId == 'Profiles' }");
        assertThat(change).containsEntry("action", "Modify").containsEntry("replacement", "True")
                .containsEntry("resourceType", "AWS::DynamoDB::Table");
        assertThat(plan.getList("stacks[0].changes.find { it.logicalId == 'Profiles' }.details")).contains("Properties.KeySchema");
        assertThat(plan.getList("stacks[0].changes.find { it.logicalId == 'Profiles' }.scope")).containsExactly("Properties");
        assertThat(plan.getString("stacks[1].action")).isEqualTo("none");
    }

    private static String withTable(String name, String partitionKey) {
        return TwoRegionDesign.document(name).replace("\"components\": [", "\"components\": [\n"
                + "    {\"id\": \"profiles\", \"kind\": \"dynamodb-table\", \"region\": \"eu-west-1\", \"properties\": {\"partitionKey\": \""
                + partitionKey + "\", \"billingMode\": \"PAY_PER_REQUEST\", \"pointInTimeRecovery\": true}},");
    }

    @Test
    void aPlanOfAnOlderVersionIsStaleAndCannotBeApplied() {
        String name = uniqueName("stale");
        String design = create(admin, TwoRegionDesign.document(name));
        String plan = plan(admin, design).getString("id");
        for (int save = 0; save < 2; save++) {
            admin.json(TwoRegionDesign.document(name)).put("/api/designs/{id}", design).then().statusCode(200);
        }

        admin.req().get("/api/plans/{id}", plan).then().statusCode(200).body("stale", equalTo(true));
        admin.req().post("/api/plans/{id}/apply", plan).then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("The design changed since this plan (plan of version 1, design now at 3); make a new plan."));
        assertThat(stub.calls()).noneMatch(c -> c.action().equals("ExecuteChangeSet"));
    }

    @Test
    void throttledCallsAreRetriedWithBackoff() {
        String name = uniqueName("throttle");
        String design = create(admin, TwoRegionDesign.document(name));
        stub.throttle("DescribeStacks", 2);

        JsonPath plan = plan(admin, design);

        assertThat(plan.getString("status")).isEqualTo("ready");
        assertThat(stub.calls()).filteredOn(c -> c.action().equals("DescribeStacks") && stack(name, "eu-west-1").equals(c.stack()))
                .as("two throttled answers, then the one that counted").hasSize(3);
    }

    @Test
    void throttlingThatOutlastsTheRetriesFailsThePlanWithTheReason() {
        String name = uniqueName("throttled-out");
        String design = create(admin, TwoRegionDesign.document(name));
        stub.throttle("CreateChangeSet", 50);

        JsonPath plan = plan(admin, design);

        assertThat(plan.getString("status")).isEqualTo("failed");
        assertThat(plan.getString("message")).contains("CreateChangeSet", stack(name, "eu-west-1"), "eu-west-1", "Rate exceeded");
        assertThat(stub.calls()).filteredOn(c -> c.action().equals("CreateChangeSet")).as("regionlab.apply.max-attempts").hasSize(5);
        admin.req().post("/api/plans/{id}/apply", plan.getString("id")).then().statusCode(409)
                .body("detail", containsString("cannot be applied"));
    }

    @Test
    void parametersOnlyTheOperatorKnowsAreAskedForBeforeAwsIsCalled() {
        String design = create(admin, TopologyCodecTest.EXAMPLE);

        admin.json(Map.of("inputs", Map.of("ModelImageUri", "123456789012.dkr.ecr.us-west-2.amazonaws.com/model:1")))
                .post("/api/designs/{id}/plans", design).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("inputs.ApiLbCertificateArn"))
                .body("errors.field", org.hamcrest.Matchers.not(hasItem("inputs.ModelImageUri")))
                .body("detail", containsString("needs a value for its parameter ApiLbCertificateArn"));
        assertThat(stub.calls()).isEmpty();
        admin.req().get("/api/designs/{id}/plans", design).then().statusCode(200).body("size()", equalTo(0));
    }
}
