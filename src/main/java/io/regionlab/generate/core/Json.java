package io.regionlab.generate.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/** JSON building and the one stable layout every generated JSON file is written in (two spaces, one value per line, "\n"). */
final class Json {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRINTER = printer();

    private Json() {
    }

    static ObjectNode obj() {
        return F.objectNode();
    }

    /** An array of the items: JSON nodes as they are, strings, numbers and booleans as values. */
    static ArrayNode arr(Object... items) {
        ArrayNode a = F.arrayNode();
        for (Object item : items) {
            a.add(node(item));
        }
        return a;
    }

    static ArrayNode list(Collection<?> items) {
        return arr(items.toArray());
    }

    static JsonNode node(Object value) {
        if (value instanceof JsonNode n) {
            return n;
        }
        if (value instanceof String s) {
            return F.textNode(s);
        }
        if (value instanceof Integer i) {
            return F.numberNode(i);
        }
        if (value instanceof Double d) {
            return F.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return F.booleanNode(b);
        }
        throw new IllegalArgumentException("not a JSON value: " + value);
    }

    static String pretty(JsonNode node) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }
}
