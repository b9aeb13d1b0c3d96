package io.regionlab.deploy;

import static io.regionlab.deploy.ApplyFixture.apply;
import static io.regionlab.deploy.ApplyFixture.create;
import static io.regionlab.deploy.ApplyFixture.plan;
import static io.regionlab.deploy.ApplyFixture.stack;
import static io.regionlab.deploy.ApplyFixture.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.regionlab.deploy.core.TwoRegionDesign;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A job's progress as a browser's EventSource receives it. */
@QuarkusTest
class JobEventsTest extends ApplyTestBase {

    /** One Server-Sent Event as it arrived. */
    record Message(String id, String event, String data) {
        JsonPath json() {
            return new JsonPath(data);
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void aClientWatchesEachStacksEventsLiveUntilTheEnd() throws Exception {
        String name = uniqueName("events");
        String first = stack(name, "eu-west-1");
        String second = stack(name, "us-west-2");
        String design = create(admin, TwoRegionDesign.document(name));
        String job = apply(admin, plan(admin, design).getString("id"));

        List<Message> messages = read(job, null);

        List<Message> events = messages.stream().filter(m -> m.event().equals("stack-event")).toList();
        assertThat(events).isNotEmpty();
        assertThat(events).extracting(m -> Long.parseLong(m.id())).isSorted().doesNotHaveDuplicates();
        assertThat(events).extracting(m -> m.json().getString("stack")).contains(first, second);
        assertThat(events).anySatisfy(m -> {
            assertThat(m.json().getString("stack")).isEqualTo(second);
            assertThat(m.json().getString("logicalId")).isEqualTo(second);
            assertThat(m.json().getString("status")).isEqualTo("CREATE_COMPLETE");
            assertThat(m.json().getString("region")).isEqualTo("us-west-2");
        });
        assertThat(events).anySatisfy(m -> assertThat(m.json().getString("resourceType")).isEqualTo("AWS::S3::Bucket"));
        assertThat(messages).anySatisfy(m -> assertThat(m.event()).isEqualTo("job"));
        Message end = messages.get(messages.size() - 1);
        assertThat(end.event()).isEqualTo("end");
        assertThat(end.json().getString("status")).isEqualTo("succeeded");
        assertThat(end.json().getList("stacks.status")).containsExactly("complete", "complete");

        String resumeAfter = events.get(2).id();
        List<Message> replay = read(job, resumeAfter).stream().filter(m -> m.event().equals("stack-event")).toList();
        assertThat(replay).extracting(Message::id).containsExactlyElementsOf(events.subList(3, events.size()).stream().map(Message::id).toList());
    }

    /** The whole stream: the server closes it after the end message. */
    private List<Message> read(String job, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/jobs/" + job + "/events"))
                .header("Accept", "text/event-stream")
                .header("Cookie", admin.cookies().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        return CompletableFuture.supplyAsync(() -> parse(response.body().toList())).get(30, TimeUnit.SECONDS);
    }

    private static List<Message> parse(List<String> lines) {
        List<Message> messages = new ArrayList<>();
        String id = null;
        String event = "message";
        StringBuilder data = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    messages.add(new Message(id, event, data.toString()));
                }
                id = null;
                event = "message";
                data.setLength(0);
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
            }
        }
        return messages;
    }
}
