package io.regionlab.topology.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object at a known path, collecting a problem for every missing,
 * mistyped, out-of-range or unknown field instead of stopping at the first.
 */
final class Fields {

    private final JsonNode node;
    private final String path;
    private final List<TopologyProblem> problems;

    Fields(JsonNode node, String path, List<TopologyProblem> problems, Set<String> allowed) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        if (!node.isObject()) {
            problem(path, "expected an object");
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(at(name), "unknown field; expected one of " + allowed.stream().sorted().toList());
            }
        }
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        return node.isObject() && node.has(name) && !node.get(name).isNull();
    }

    JsonNode raw(String name) {
        return node.path(name);
    }

    String text(String name, boolean required, Pattern pattern, String expected, int maxLength) {
        if (!has(name)) {
            if (required) {
                problem(at(name), "required");
            }
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isTextual()) {
            problem(at(name), "expected a string");
            return null;
        }
        String text = value.asText();
        if (text.length() > maxLength) {
            problem(at(name), "at most " + maxLength + " characters (got " + text.length() + ")");
            return null;
        }
        if (pattern != null && !pattern.matcher(text).matches()) {
            problem(at(name), "'" + text + "' is not " + expected);
            return null;
        }
        return text;
    }

    String choice(String name, String fallback, List<String> allowed) {
        String value = text(name, fallback == null, null, null, 200);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            problem(at(name), "'" + value + "' is not one of " + String.join(", ", allowed));
            return fallback;
        }
        return value;
    }

    Integer integer(String name, Integer fallback, int min, int max) {
        if (!has(name)) {
            if (fallback == null) {
                problem(at(name), "required");
            }
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(at(name), "expected a whole number");
            return fallback;
        }
        int n = value.intValue();
        if (n < min || n > max) {
            problem(at(name), "must be between " + min + " and " + max + " (got " + n + ")");
            return fallback;
        }
        return n;
    }

    boolean bool(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            problem(at(name), "expected true or false");
            return fallback;
        }
        return value.booleanValue();
    }

    List<String> strings(String name, int maxItems) {
        List<String> out = new ArrayList<>();
        if (!has(name)) {
            return out;
        }
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            problem(at(name), "expected a list of strings");
            return out;
        }
        if (value.size() > maxItems) {
            problem(at(name), "at most " + maxItems + " items (got " + value.size() + ")");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                problem(at(name) + "[" + i + "]", "expected a string");
            } else {
                out.add(value.get(i).asText());
            }
        }
        return out;
    }

    void problem(String where, String message) {
        problems.add(new TopologyProblem(where, message));
    }
}
