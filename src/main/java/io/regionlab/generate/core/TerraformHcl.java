package io.regionlab.generate.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small model of HCL, the language of Terraform, and its rendering in the layout {@code terraform fmt}
 * gives: two-space indents, and the {@code =} of consecutive one-line attributes aligned (a line that
 * opens a multi-line value, a nested block, a comment or a blank line ends the run, as in hclwrite).
 */
final class TerraformHcl {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final int LINE = 100;

    private TerraformHcl() {
    }

    /** A value an attribute can take. */
    sealed interface Value permits Literal, Expr, Template, ListValue, ObjectValue, Call {
    }

    /** A string, number or bool, written as HCL writes it (strings quoted, {@code ${} escaped). */
    record Literal(Object value) implements Value {
    }

    /** An expression written as it is: a reference ({@code aws_vpc.main.id}), a function call, an operator. */
    record Expr(String text) implements Value {
    }

    /** A quoted string template: literal text with {@link Expr} parts interpolated as {@code ${...}}. */
    record Template(List<Object> parts) implements Value {
    }

    record ListValue(List<Value> items) implements Value {
    }

    /** An object constructor, keys in insertion order. */
    record ObjectValue(Map<String, Value> entries) implements Value {
    }

    static Literal str(String s) {
        return new Literal(s);
    }

    static Literal num(long n) {
        return new Literal(n);
    }

    static Literal bool(boolean b) {
        return new Literal(b);
    }

    static Expr expr(String text) {
        return new Expr(text);
    }

    /** A template from strings (literal text) and {@link Expr}s (interpolated); one lone Expr stays an expression. */
    static Value tmpl(Object... parts) {
        if (parts.length == 1 && parts[0] instanceof Expr e) {
            return e;
        }
        return new Template(Arrays.asList(parts));
    }

    static ListValue list(List<? extends Value> items) {
        return new ListValue(List.copyOf(items));
    }

    static ListValue list(Value... items) {
        return new ListValue(List.of(items));
    }

    static ListValue strings(List<String> items) {
        return new ListValue(items.stream().<Value>map(TerraformHcl::str).toList());
    }

    static Obj obj() {
        return new Obj();
    }

    /** {@code jsonencode(...)} of an object, written over several lines, for IAM and bucket policies. */
    static Value jsonencode(Obj document) {
        return new Call("jsonencode", document.build());
    }

    /** A function call whose one argument is written over several lines (only jsonencode needs it). */
    record Call(String function, Value argument) implements Value {
    }

    /** A builder of {@link ObjectValue}s. */
    static final class Obj {
        private final Map<String, Value> entries = new LinkedHashMap<>();

        Obj put(String key, Value value) {
            entries.put(key, value);
            return this;
        }

        Obj put(String key, String value) {
            return put(key, str(value));
        }

        Obj put(String key, long value) {
            return put(key, num(value));
        }

        Obj put(String key, boolean value) {
            return put(key, bool(value));
        }

        Obj put(String key, Obj value) {
            return put(key, value.build());
        }

        ObjectValue build() {
            return new ObjectValue(new LinkedHashMap<>(entries));
        }
    }

    /** One item of a block's body. */
    sealed interface Item permits Attribute, Block {
    }

    record Attribute(String name, Value value) implements Item {
    }

    /**
     * A block: {@code resource "aws_vpc" "main" { ... }}, or a nested one such as {@code lifecycle { ... }}.
     * Its body is written in the order of Terraform's style guide: arguments, then nested blocks, then
     * the meta-arguments {@code depends_on} and {@code lifecycle}; otherwise in the order they were added.
     */
    static final class Block implements Item {
        final String type;
        final List<String> labels;
        final List<Item> items = new ArrayList<>();
        private final List<String> comments = new ArrayList<>();

        Block(String type, String... labels) {
            this.type = type;
            this.labels = List.of(labels);
        }

        Block set(String name, Value value) {
            items.add(new Attribute(name, value));
            return this;
        }

        Block set(String name, String value) {
            return set(name, str(value));
        }

        Block set(String name, long value) {
            return set(name, num(value));
        }

        Block set(String name, boolean value) {
            return set(name, bool(value));
        }

        Block set(String name, Obj value) {
            return set(name, value.build());
        }

        /** Adds a nested block and returns it. */
        Block block(String type, String... labels) {
            Block b = new Block(type, labels);
            items.add(b);
            return b;
        }

        /** A comment above the block. */
        Block comment(String text) {
            comments.add(text);
            return this;
        }
    }

    /** Top-level blocks, separated by blank lines. */
    static String render(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            Block b = blocks.get(i);
            b.comments.forEach(c -> comment(out, "", c));
            block(out, "", b);
        }
        return out.toString();
    }

    /** A file-level comment of wrapped paragraphs, and the blank line after it. */
    static String header(String... paragraphs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                out.append("#\n");
            }
            comment(out, "", paragraphs[i]);
        }
        return out.append('\n').toString();
    }

    private static void comment(StringBuilder out, String indent, String text) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && indent.length() + 2 + line.length() + 1 + word.length() > LINE) {
                out.append(indent).append("# ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        out.append(indent).append("# ").append(line).append('\n');
    }

    private static void block(StringBuilder out, String indent, Block b) {
        out.append(indent).append(b.type);
        b.labels.forEach(l -> out.append(" \"").append(l).append('"'));
        if (b.items.isEmpty()) {
            out.append(" {}\n");
            return;
        }
        out.append(" {\n");
        List<Item> ordered = new ArrayList<>();
        b.items.stream().filter(i -> i instanceof Attribute a && !a.name().equals("depends_on")).forEach(ordered::add);
        b.items.stream().filter(i -> i instanceof Block nested && !nested.type.equals("lifecycle")).forEach(ordered::add);
        b.items.stream().filter(i -> i instanceof Attribute a && a.name().equals("depends_on")).forEach(ordered::add);
        b.items.stream().filter(i -> i instanceof Block nested && nested.type.equals("lifecycle")).forEach(ordered::add);
        body(out, indent + "  ", ordered);
        out.append(indent).append("}\n");
    }

    private static void body(StringBuilder out, String indent, List<Item> items) {
        int i = 0;
        while (i < items.size()) {
            Item item = items.get(i);
            if (item instanceof Block nested) {
                nested.comments.forEach(c -> comment(out, indent, c));
                block(out, indent, nested);
                i++;
            } else {
                List<Attribute> run = new ArrayList<>();
                while (i < items.size() && items.get(i) instanceof Attribute a && oneLine(a.value(), indent.length() + a.name().length() + 3)) {
                    run.add(a);
                    i++;
                }
                if (run.isEmpty()) {
                    Attribute a = (Attribute) items.get(i++);
                    out.append(indent).append(key(a.name())).append(" = ");
                    multiLine(out, indent, a.value());
                    out.append('\n');
                } else {
                    int width = run.stream().mapToInt(a -> key(a.name()).length()).max().orElse(0);
                    for (Attribute a : run) {
                        String k = key(a.name());
                        out.append(indent).append(k).append(" ".repeat(width - k.length())).append(" = ").append(inline(a.value())).append('\n');
                    }
                }
            }
        }
    }

    private static boolean oneLine(Value v, int lead) {
        if (v instanceof ObjectValue o) {
            return o.entries().isEmpty();
        }
        if (v instanceof Call) {
            return false;
        }
        if (v instanceof ListValue l) {
            boolean flat = l.items().stream().allMatch(x -> x instanceof Literal || x instanceof Expr || x instanceof Template);
            return flat && lead + inline(v).length() <= LINE;
        }
        return true;
    }

    private static void multiLine(StringBuilder out, String indent, Value v) {
        String inner = indent + "  ";
        if (v instanceof ObjectValue o) {
            out.append("{\n");
            List<Item> items = new ArrayList<>();
            o.entries().forEach((k, val) -> items.add(new Attribute(k, val)));
            body(out, inner, items);
            out.append(indent).append('}');
        } else if (v instanceof ListValue l) {
            out.append("[\n");
            for (Value item : l.items()) {
                out.append(inner);
                if (oneLine(item, inner.length())) {
                    out.append(inline(item));
                } else {
                    multiLine(out, inner, item);
                }
                out.append(",\n");
            }
            out.append(indent).append(']');
        } else if (v instanceof Call c) {
            out.append(c.function()).append('(');
            multiLine(out, indent, c.argument());
            out.append(')');
        } else {
            out.append(inline(v));
        }
    }

    /** A value on one line. */
    static String inline(Value v) {
        if (v instanceof Literal l) {
            return l.value() instanceof String s ? quote(s) : String.valueOf(l.value());
        }
        if (v instanceof Expr e) {
            return e.text();
        }
        if (v instanceof Template t) {
            StringBuilder out = new StringBuilder("\"");
            for (Object part : t.parts()) {
                if (part instanceof Expr e) {
                    out.append("${").append(e.text()).append('}');
                } else {
                    out.append(escape(String.valueOf(part)));
                }
            }
            return out.append('"').toString();
        }
        if (v instanceof ListValue l) {
            return "[" + String.join(", ", l.items().stream().map(TerraformHcl::inline).toList()) + "]";
        }
        if (v instanceof ObjectValue o) {
            if (o.entries().isEmpty()) {
                return "{}";
            }
            List<String> parts = new ArrayList<>();
            o.entries().forEach((k, val) -> parts.add(key(k) + " = " + inline(val)));
            return "{ " + String.join(", ", parts) + " }";
        }
        Call c = (Call) v;
        return c.function() + "(" + inline(c.argument()) + ")";
    }

    static String quote(String s) {
        return "\"" + escape(s) + "\"";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("${", "$${").replace("%{", "%%{");
    }

    private static String key(String k) {
        return IDENTIFIER.matcher(k).matches() ? k : quote(k);
    }

    /** A Terraform name for a design id or Region code: {@code use1-alb} → {@code use1_alb}, {@code us-west-2} → {@code us_west_2}. */
    static String name(String id) {
        return id.replace('-', '_');
    }
}
