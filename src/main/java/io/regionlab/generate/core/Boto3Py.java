package io.regionlab.generate.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python source for {@link Boto3Writer}: literals (strings, numbers, booleans, lists, tuples, dicts)
 * and calls, on one line when they fit in {@link #WIDTH} columns, else one item per line. Values are
 * Java {@link String}s, numbers, booleans, {@code null} (None), {@link List}s, {@link Map}s with string
 * keys, and {@link Expr}, {@link Tuple} and {@link Kw} for code that is not a literal.
 */
final class Boto3Py {

    static final int WIDTH = 120;

    private Boto3Py() {
    }

    /** Python code, written as it is: {@code balancers["use1-alb"]["dns"]}. */
    record Expr(String code) {
    }

    /** A tuple: {@code ("us-east-1a", "10.0.0.0/20")}. */
    record Tuple(List<Object> items) {
    }

    /** A keyword argument of a call: {@code versioning=True}. */
    record Kw(String name, Object value) {
    }

    static Expr expr(String code) {
        return new Expr(code);
    }

    static Tuple tuple(Object... items) {
        return new Tuple(List.of(items));
    }

    static Kw kw(String name, Object value) {
        return new Kw(name, value);
    }

    /** A dict from alternating keys and values, in that order. */
    static Map<String, Object> dict(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A call expression, {@code fn(a, b, key=value)}. */
    static Expr call(String function, Object... args) {
        List<String> flat = new ArrayList<>();
        for (Object a : args) {
            flat.add(flat(a));
        }
        return new Expr(function + "(" + String.join(", ", flat) + ")");
    }

    /** A statement that calls {@code function}, at {@code indent}: one line when it fits, else an argument per line. */
    static String statement(int indent, String target, String function, Object... args) {
        String head = " ".repeat(indent) + (target == null ? "" : target + " = ") + function + "(";
        List<String> flat = new ArrayList<>();
        for (Object a : args) {
            flat.add(flat(a));
        }
        String one = head + String.join(", ", flat) + ")";
        if (one.length() <= WIDTH && !one.contains("\n")) {
            return one + "\n";
        }
        StringBuilder out = new StringBuilder(head).append("\n");
        for (Object a : args) {
            out.append(" ".repeat(indent + 4)).append(render(a, indent + 4)).append(",\n");
        }
        return out.append(" ".repeat(indent)).append(")\n").toString();
    }

    /** A value as Python source, written at {@code indent}: on one line when it fits, else spread over lines. */
    static String render(Object value, int indent) {
        String one = flat(value);
        if (indent + one.length() <= WIDTH) {
            return one;
        }
        String in = " ".repeat(indent + 4);
        String out = " ".repeat(indent);
        if (value instanceof Kw k) {
            return k.name() + "=" + render(k.value(), indent);
        }
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            StringBuilder b = new StringBuilder("{\n");
            m.forEach((k, v) -> b.append(in).append(string((String) k)).append(": ").append(render(v, indent + 4)).append(",\n"));
            return b.append(out).append("}").toString();
        }
        if (value instanceof List<?> l && !l.isEmpty()) {
            StringBuilder b = new StringBuilder("[\n");
            l.forEach(v -> b.append(in).append(render(v, indent + 4)).append(",\n"));
            return b.append(out).append("]").toString();
        }
        if (value instanceof Tuple t && !t.items().isEmpty()) {
            StringBuilder b = new StringBuilder("(\n");
            t.items().forEach(v -> b.append(in).append(render(v, indent + 4)).append(",\n"));
            return b.append(out).append(")").toString();
        }
        return one;
    }

    /** A value as Python source on one line. */
    static String flat(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Expr e) {
            return e.code();
        }
        if (value instanceof Kw k) {
            return k.name() + "=" + flat(k.value());
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof Map<?, ?> m) {
            List<String> items = new ArrayList<>();
            m.forEach((k, v) -> items.add(string((String) k) + ": " + flat(v)));
            return "{" + String.join(", ", items) + "}";
        }
        if (value instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(Boto3Py::flat).toList()) + "]";
        }
        if (value instanceof Tuple t) {
            List<String> items = t.items().stream().map(Boto3Py::flat).toList();
            return "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
        }
        throw new IllegalArgumentException("no Python form for " + value.getClass());
    }

    /** A Python string literal in double quotes. */
    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
