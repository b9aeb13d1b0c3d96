package io.regionlab.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionlab.deploy.core.PlannedStack;
import io.regionlab.deploy.core.Retained;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The jsonb columns of the deploy tables, read and written with the application's ObjectMapper. */
@ApplicationScoped
public class DeployJson {

    private static final TypeReference<List<PlannedStack>> STACKS = new TypeReference<>() {
    };
    private static final TypeReference<List<Retained>> RETAINED = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public DeployJson(ObjectMapper json) {
        this.json = json;
    }

    public List<PlannedStack> stacks(String text) {
        return read(text, STACKS);
    }

    public List<Retained> retained(String text) {
        return read(text, RETAINED);
    }

    public Map<String, String> map(String text) {
        return text == null ? Map.of() : read(text, MAP);
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored deploy data is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
