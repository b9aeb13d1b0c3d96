package io.regionlab.deploy;

import static io.regionlab.deploy.ApplyFixture.apply;
import static io.regionlab.deploy.ApplyFixture.create;
import static io.regionlab.deploy.ApplyFixture.finished;
import static io.regionlab.deploy.ApplyFixture.plan;
import static io.regionlab.deploy.ApplyFixture.stack;
import static io.regionlab.deploy.ApplyFixture.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.deploy.core.TwoRegionDesign;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Jobs live in PostgreSQL: a server that dies mid-apply is replaced, and two servers never share a job. */
@QuarkusTest
class JobRecoveryTest extends ApplyTestBase {

    @Inject
    JobRepository jobs;

    @Test
    void aJobInterruptedByARestartIsTakenOverAndFinishedWithoutRunningAnythingTwice() throws Exception {
        String name = uniqueName("restart");
        String second = stack(name, "us-west-2");
        stub.hold("us-west-2", second);
        String design = create(admin, TwoRegionDesign.document(name));
        String job = apply(admin, plan(admin, design).getString("id"));
        await().atMost(Duration.ofSeconds(20)).until(() -> stub.status("us-west-2", second).filter(s -> s.equals("CREATE_IN_PROGRESS")).isPresent()
                && "in-progress".equals(admin.req().get("/api/jobs/{id}", job).then().extract().path("stacks[1].status")));

        // The server dies right after ExecuteChangeSet, before it could store that the call went through.
        sql("UPDATE deploy_job SET owner = 'instance-that-died', heartbeat_at = now() - interval '1 hour' WHERE id = '" + job + "'");
        sql("UPDATE deploy_job_stack SET phase = 'EXECUTE_REQUESTED' WHERE job_id = '" + job + "' AND position = 2");
        await().atMost(Duration.ofSeconds(10)).until(() -> !"instance-that-died".equals(owner(job)));
        stub.release("us-west-2", second);
        JsonPath done = finished(admin, job);

        assertThat(done.getString("status")).isEqualTo("succeeded");
        assertThat(done.getList("stacks.status")).containsExactly("complete", "complete");
        assertThat(stub.calls()).filteredOn(c -> second.equals(c.stack()) && c.action().equals("CreateChangeSet")).hasSize(1);
        assertThat(stub.calls()).filteredOn(c -> second.equals(c.stack()) && c.action().equals("ExecuteChangeSet")).hasSize(1);
        assertThat(stub.status("us-west-2", second)).hasValue("CREATE_COMPLETE");
    }

    @Test
    void twoServersClaimingAtOnceNeverGetTheSameJob() throws Exception {
        long adminId = id("SELECT id FROM app_user WHERE username = '" + admin.username() + "'");
        Set<UUID> abandoned = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            String design = create(admin, TwoRegionDesign.document(uniqueName("claim")));
            UUID job = UUID.randomUUID();
            // Running jobs of a server silent for 30 s: stale for the two claimers below (1 s), not yet for
            // this test's own running server (2 min). A destroy of no stacks: whoever finishes it calls nothing.
            sql("INSERT INTO deploy_job (id, design_id, kind, status, created_at, created_by, owner, heartbeat_at) VALUES ('" + job + "', '"
                    + design + "', 'destroy', 'running', now(), " + adminId + ", 'silent-server', now() - interval '30 seconds')");
            abandoned.add(job);
        }

        CyclicBarrier start = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<Set<UUID>> a = pool.submit(claimer("server-a", start));
            Future<Set<UUID>> b = pool.submit(claimer("server-b", start));
            Set<UUID> byA = a.get();
            Set<UUID> byB = b.get();

            Set<UUID> both = new HashSet<>(byA);
            both.addAll(byB);
            assertThat(both).as("every abandoned job was taken over").containsAll(abandoned);
            assertThat(byA.size() + byB.size()).as("and none by both servers").isEqualTo(both.size());
            for (UUID job : abandoned) {
                assertThat(owner(job.toString())).isEqualTo(byA.contains(job) ? "server-a" : "server-b");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aJobThatCannotGoOnForAReasonOfOursStopsWithAReferenceInsteadOfLooping() throws Exception {
        long adminId = id("SELECT id FROM app_user WHERE username = '" + admin.username() + "'");
        String design = create(admin, TwoRegionDesign.document(uniqueName("broken")));
        UUID plan = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        sql("INSERT INTO deploy_plan (id, design_id, design_version, created_at, created_by, status, stacks) VALUES ('" + plan + "', '"
                + design + "', 1, now(), " + adminId + ", 'applied', '[{\"not-a-stack\": true}]')");
        sql("INSERT INTO deploy_job (id, design_id, plan_id, kind, status, created_at, created_by) VALUES ('" + job + "', '" + design
                + "', '" + plan + "', 'apply', 'queued', now(), " + adminId + ")");
        sql("INSERT INTO deploy_job_stack (job_id, position, name, region, phase) VALUES ('" + job + "', 1, 'regionlab-broken', 'eu-west-1', 'PENDING')");

        JsonPath done = finished(admin, job.toString());

        assertThat(done.getString("status")).isEqualTo("failed");
        assertThat(done.getString("message")).contains("RegionLab could not continue this job (reference ").doesNotContain("Exception");
        assertThat(done.getList("stacks.status")).containsExactly("failed");
    }

    private Callable<Set<UUID>> claimer(String owner, CyclicBarrier start) {
        return () -> {
            Set<UUID> mine = new HashSet<>();
            start.await();
            while (true) {
                Optional<UUID> next = QuarkusTransaction.requiringNew().call(() -> jobs.claim(owner, Duration.ofSeconds(1), mine));
                if (next.isEmpty()) {
                    return mine;
                }
                assertThat(mine.add(next.get())).as("claimed twice by " + owner).isTrue();
            }
        };
    }

    private String owner(String job) throws SQLException {
        try (var c = db.getConnection(); var q = c.prepareStatement("SELECT owner FROM deploy_job WHERE id = ?::uuid")) {
            q.setString(1, job);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private long id(String query) throws SQLException {
        try (var c = db.getConnection(); var q = c.createStatement(); var rs = q.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (var c = db.getConnection(); var s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).isEqualTo(1);
        }
    }
}
