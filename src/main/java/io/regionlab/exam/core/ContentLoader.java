package io.regionlab.exam.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads and validates one exam folder ({@code content/<exam>/}) as described in {@code docs/content-format-spec.md}:
 * {@code blueprint.yaml}, then {@code questions/*.yaml} and {@code cards/*.yaml}, each folder in file-name order.
 *
 * <p>Loading is all or nothing: every problem in every file is collected first, then one {@link ContentException}
 * lists them all. A problem names the file (relative to the exam folder), the item id when the item has a valid one
 * (otherwise the field path starts at the item, e.g. {@code questions[3].id}) and the field path, with indexes
 * counted from 0 ({@code options[2].why} is option C).
 *
 * <p>Text is normalised before use: line endings become {@code \n}, leading blank lines and trailing white space are
 * removed, so {@code |}, {@code |-} and quoted spellings of the same text are the same text.
 *
 * <p>The {@code version} of a question or card is the first 16 hex digits of the SHA-256 of a canonical JSON form of
 * the item without its id: the normalised values, object keys sorted, no white space, UTF-8. It changes when any
 * text changes and not when the YAML is only re-formatted (key order, quoting, comments, indentation).
 */
public final class ContentLoader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> SOURCES = Set.of("seed", "original");
    private static final int MAX_OPTIONS = 26;

    private static final List<String> BLUEPRINT_FIELDS =
            List.of("exam", "title", "version", "source", "format", "estimate", "domains");
    private static final List<String> FORMAT_FIELDS =
            List.of("questions", "scored", "unscored", "minutes", "questionTypes", "scaledScore");
    private static final List<String> SCALED_FIELDS = List.of("min", "max", "passing");
    private static final List<String> ESTIMATE_FIELDS = List.of("cutProportion", "confidence");
    private static final List<String> DOMAIN_FIELDS = List.of("id", "name", "weight", "tasks");
    private static final List<String> TASK_FIELDS = List.of("id", "name");
    private static final List<String> REFERENCE_FIELDS = List.of("title", "url");
    private static final List<String> QUESTION_FIELDS = List.of("id", "type", "domain", "task", "source", "prompt",
            "options", "explanation", "references", "reviewerNote");
    private static final List<String> OPTION_FIELDS = List.of("text", "correct", "why");
    private static final List<String> CARD_FIELDS =
            List.of("id", "domain", "task", "source", "front", "back", "references", "reviewerNote");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper CANONICAL_JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ContentLoader() {
    }

    /**
     * @param examDir the exam folder, e.g. {@code content/mls-c01}
     * @throws ContentException listing every problem found
     */
    public static ContentBank load(Path examDir) throws ContentException {
        if (!Files.isDirectory(examDir)) {
            throw new ContentException(
                    List.of(new ContentProblem(".", null, null, "exam folder not found: " + examDir)));
        }
        List<ContentProblem> problems = new ArrayList<>();
        BlueprintResult blueprint = readBlueprint(examDir, problems);

        List<Question> questions = new ArrayList<>();
        Map<String, String> questionFiles = new HashMap<>();
        for (Path file : yamlFiles(examDir, "questions", true, problems)) {
            String rel = relative(examDir, file);
            parse(file, rel, problems).ifPresent(root -> readItems(root, rel, "questions", problems, (node, index) -> {
                Question question = readQuestion(node, index, rel, blueprint.tasksByDomain(), questionFiles, problems);
                if (question != null) {
                    questions.add(question);
                }
            }));
        }

        List<Card> cards = new ArrayList<>();
        Map<String, String> cardFiles = new HashMap<>();
        for (Path file : yamlFiles(examDir, "cards", false, problems)) {
            String rel = relative(examDir, file);
            parse(file, rel, problems).ifPresent(root -> readItems(root, rel, "cards", problems, (node, index) -> {
                Card card = readCard(node, index, rel, blueprint.tasksByDomain(), cardFiles, problems);
                if (card != null) {
                    cards.add(card);
                }
            }));
        }

        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new ContentBank(blueprint.blueprint(), questions, cards);
    }

    // ---------------------------------------------------------------- files

    private static List<Path> yamlFiles(Path examDir, String folder, boolean required, List<ContentProblem> problems) {
        Path dir = examDir.resolve(folder);
        if (!Files.isDirectory(dir)) {
            if (required) {
                problems.add(new ContentProblem(folder, null, null, "folder is missing"));
            }
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> yaml = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yaml")) {
                yaml.add(file);
            } else if (name.endsWith(".yml")) {
                problems.add(new ContentProblem(relative(examDir, file), null, null,
                        "only .yaml files are read: rename it to end in .yaml"));
            }
        }
        if (required && yaml.isEmpty() && files.stream().noneMatch(f -> f.getFileName().toString().endsWith(".yml"))) {
            problems.add(new ContentProblem(folder, null, null, "holds no .yaml files"));
        }
        return yaml;
    }

    private static String relative(Path examDir, Path file) {
        return examDir.relativize(file).toString().replace('\\', '/');
    }

    private static Optional<JsonNode> parse(Path file, String rel, List<ContentProblem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(new ContentProblem(rel, null, null, "is not valid UTF-8"));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                problems.add(new ContentProblem(rel, null, null, "file is empty"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            problems.add(new ContentProblem(rel, null, null, malformed(e)));
            return Optional.empty();
        }
    }

    private static String malformed(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        // SnakeYAML's message is "context", "problem" and position lines; the indented ones show the source text.
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip)
                .collect(Collectors.joining(": "));
        StringBuilder message = new StringBuilder("malformed YAML");
        if (location != null && location.getLineNr() > 0) {
            message.append(" at line ").append(location.getLineNr());
            if (location.getColumnNr() > 0) {
                message.append(", column ").append(location.getColumnNr());
            }
        }
        if (!reason.isEmpty()) {
            message.append(": ").append(reason);
        }
        return message.toString();
    }

    private interface ItemReader {
        void read(JsonNode node, int index);
    }

    /** A question or card file: a mapping whose only key is {@code listKey}, holding a non-empty list. */
    private static void readItems(JsonNode root, String rel, String listKey, List<ContentProblem> problems,
            ItemReader reader) {
        Scope scope = new Scope(rel, null, "", problems);
        Fields file = scope.fields(root, "");
        if (file == null) {
            return;
        }
        file.only(List.of(listKey));
        JsonNode items = file.list(listKey, true);
        if (items == null) {
            return;
        }
        if (items.isEmpty()) {
            scope.report(listKey, "must list at least one item");
        }
        for (int i = 0; i < items.size(); i++) {
            reader.read(items.get(i), i);
        }
    }

    // ---------------------------------------------------------------- blueprint

    /** The blueprint when valid, and the domain → task ids index, as far as it could be read, to check items. */
    private record BlueprintResult(Blueprint blueprint, Map<String, List<String>> tasksByDomain) {
    }

    private static BlueprintResult readBlueprint(Path examDir, List<ContentProblem> problems) {
        String rel = "blueprint.yaml";
        Path file = examDir.resolve(rel);
        if (!Files.isRegularFile(file)) {
            problems.add(new ContentProblem(rel, null, null, "file is missing"));
            return new BlueprintResult(null, null);
        }
        JsonNode root = parse(file, rel, problems).orElse(null);
        if (root == null) {
            return new BlueprintResult(null, null);
        }
        int before = problems.size();
        Scope scope = new Scope(rel, null, "", problems);
        Fields fields = scope.fields(root, "");
        if (fields == null) {
            return new BlueprintResult(null, null);
        }
        fields.only(BLUEPRINT_FIELDS);
        String exam = fields.line("exam", true);
        String title = fields.line("title", true);
        String version = fields.line("version", true);
        Reference source = readReference(scope, fields.map("source", true), "source");
        ExamFormat format = readFormat(scope, fields.map("format", true));
        ScoreEstimate estimate = readEstimate(scope, fields.map("estimate", true));

        Map<String, List<String>> tasksByDomain = new LinkedHashMap<>();
        List<Domain> domains = new ArrayList<>();
        JsonNode domainNodes = fields.list("domains", true);
        if (domainNodes != null) {
            if (domainNodes.isEmpty()) {
                scope.report("domains", "must list at least one domain");
            }
            Set<String> taskIds = new LinkedHashSet<>();
            int weightSum = 0;
            boolean allWeights = true;
            for (int i = 0; i < domainNodes.size(); i++) {
                String path = "domains[" + i + "]";
                Fields domain = scope.fields(domainNodes.get(i), path);
                if (domain == null) {
                    allWeights = false;
                    continue;
                }
                domain.only(DOMAIN_FIELDS);
                String id = domain.line("id", true);
                String name = domain.line("name", true);
                Integer weight = domain.integer("weight");
                if (weight != null && (weight < 1 || weight > 100)) {
                    scope.report(path + ".weight", "must be between 1 and 100");
                }
                if (weight == null) {
                    allWeights = false;
                } else {
                    weightSum += weight;
                }
                if (id != null && tasksByDomain.containsKey(id)) {
                    scope.report(path + ".id", "duplicate domain id \"" + id + "\"");
                    id = null;
                }
                List<Task> tasks = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                JsonNode taskNodes = domain.list("tasks", true);
                if (taskNodes != null) {
                    if (taskNodes.isEmpty()) {
                        scope.report(path + ".tasks", "must list at least one task");
                    }
                    for (int j = 0; j < taskNodes.size(); j++) {
                        String taskPath = path + ".tasks[" + j + "]";
                        Fields task = scope.fields(taskNodes.get(j), taskPath);
                        if (task == null) {
                            continue;
                        }
                        task.only(TASK_FIELDS);
                        String taskId = task.line("id", true);
                        String taskName = task.line("name", true);
                        if (taskId == null) {
                            continue;
                        }
                        if (id != null && !taskId.startsWith(id + ".")) {
                            scope.report(taskPath + ".id", "must start with \"" + id + ".\" (its domain id and a dot)");
                        }
                        if (!taskIds.add(taskId)) {
                            scope.report(taskPath + ".id", "duplicate task id \"" + taskId + "\"");
                            continue;
                        }
                        ids.add(taskId);
                        if (taskName != null) {
                            tasks.add(new Task(taskId, taskName));
                        }
                    }
                }
                if (id != null) {
                    tasksByDomain.put(id, ids);
                    if (name != null && weight != null) {
                        domains.add(new Domain(id, name, weight, tasks));
                    }
                }
            }
            if (allWeights && !domainNodes.isEmpty() && weightSum != 100) {
                scope.report("domains", "weights must sum to 100 (sum is " + weightSum + ")");
            }
        }
        Blueprint blueprint = problems.size() == before
                ? new Blueprint(exam, title, version, source, format, estimate, domains)
                : null;
        return new BlueprintResult(blueprint, domainNodes == null ? null : tasksByDomain);
    }

    private static ExamFormat readFormat(Scope scope, JsonNode node) {
        Fields format = scope.fields(node, "format");
        if (format == null) {
            return null;
        }
        format.only(FORMAT_FIELDS);
        Integer questions = format.integer("questions");
        Integer scored = format.integer("scored");
        Integer unscored = format.integer("unscored");
        Integer minutes = format.integer("minutes");
        atLeast(scope, "format.questions", questions, 1);
        atLeast(scope, "format.scored", scored, 1);
        atLeast(scope, "format.unscored", unscored, 0);
        atLeast(scope, "format.minutes", minutes, 1);
        if (questions != null && scored != null && unscored != null && scored + unscored != questions) {
            scope.report("format", "scored + unscored must equal questions (" + scored + " + " + unscored + " != "
                    + questions + ")");
        }
        List<QuestionType> types = new ArrayList<>();
        JsonNode typeNodes = format.list("questionTypes", true);
        if (typeNodes != null) {
            if (typeNodes.isEmpty()) {
                scope.report("format.questionTypes", "must list at least one type");
            }
            for (int i = 0; i < typeNodes.size(); i++) {
                String type = scope.text(typeNodes.get(i), "format.questionTypes[" + i + "]", false);
                if (type != null) {
                    QuestionType parsed = questionType(scope, "format.questionTypes[" + i + "]", type);
                    if (parsed != null) {
                        types.add(parsed);
                    }
                }
            }
        }
        Fields scaled = scope.fields(format.map("scaledScore", true), "format.scaledScore");
        Integer min = null;
        Integer max = null;
        Integer passing = null;
        if (scaled != null) {
            scaled.only(SCALED_FIELDS);
            min = scaled.integer("min");
            max = scaled.integer("max");
            passing = scaled.integer("passing");
            if (min != null && max != null && min >= max) {
                scope.report("format.scaledScore", "min must be below max (" + min + " >= " + max + ")");
            } else if (min != null && max != null && passing != null && (passing < min || passing > max)) {
                scope.report("format.scaledScore.passing",
                        "must be between min and max (" + min + ".." + max + "), was " + passing);
            }
        }
        if (questions == null || scored == null || unscored == null || minutes == null || min == null || max == null
                || passing == null) {
            return null;
        }
        return new ExamFormat(questions, scored, unscored, minutes, types, min, max, passing);
    }

    private static void atLeast(Scope scope, String field, Integer value, int min) {
        if (value != null && value < min) {
            scope.report(field, "must be at least " + min);
        }
    }

    private static ScoreEstimate readEstimate(Scope scope, JsonNode node) {
        Fields estimate = scope.fields(node, "estimate");
        if (estimate == null) {
            return null;
        }
        estimate.only(ESTIMATE_FIELDS);
        Double cut = estimate.number("cutProportion");
        Double confidence = estimate.number("confidence");
        if (cut != null && !(cut > 0 && cut < 1)) {
            scope.report("estimate.cutProportion", "must be between 0 and 1, exclusive");
        }
        if (confidence != null && !(confidence > 0 && confidence < 1)) {
            scope.report("estimate.confidence", "must be between 0 and 1, exclusive");
        }
        return cut == null || confidence == null ? null : new ScoreEstimate(cut, confidence);
    }

    // ---------------------------------------------------------------- questions and cards

    private static Question readQuestion(JsonNode node, int index, String rel, Map<String, List<String>> tasksByDomain,
            Map<String, String> seenIds, List<ContentProblem> problems) {
        int before = problems.size();
        Scope scope = itemScope(node, "questions", index, rel, problems);
        Fields item = scope.fields(node, "");
        if (item == null) {
            return null;
        }
        item.only(QUESTION_FIELDS);
        String id = readId(scope, item, seenIds);
        String typeCode = item.line("type", true);
        QuestionType type = typeCode == null ? null : questionType(scope, "type", typeCode);
        String domain = item.line("domain", true);
        String task = item.line("task", true);
        checkDomainAndTask(scope, tasksByDomain, domain, task);
        String source = readSource(scope, item);
        String prompt = item.markdown("prompt", true);
        List<Option> options = readOptions(scope, item.list("options", true));
        String explanation = item.markdown("explanation", true);
        List<Reference> references = readReferences(scope, item.list("references", true), true);
        String reviewerNote = item.markdown("reviewerNote", false);
        if (type != null && options != null) {
            checkOptionRules(scope, type, options);
        }
        if (problems.size() != before) {
            return null;
        }
        Map<String, Object> canonical = new TreeMap<>();
        canonical.put("type", type.code());
        canonical.put("domain", domain);
        canonical.put("task", task);
        canonical.put("source", source);
        canonical.put("prompt", prompt);
        canonical.put("options", options.stream().map(o -> Map.of("text", o.text(), "correct", o.correct(),
                "why", o.why())).toList());
        canonical.put("explanation", explanation);
        canonical.put("references", canonicalReferences(references));
        if (reviewerNote != null) {
            canonical.put("reviewerNote", reviewerNote);
        }
        return new Question(id, version(canonical), type, domain, task, source, prompt, options, explanation,
                references, reviewerNote);
    }

    private static Card readCard(JsonNode node, int index, String rel, Map<String, List<String>> tasksByDomain,
            Map<String, String> seenIds, List<ContentProblem> problems) {
        int before = problems.size();
        Scope scope = itemScope(node, "cards", index, rel, problems);
        Fields item = scope.fields(node, "");
        if (item == null) {
            return null;
        }
        item.only(CARD_FIELDS);
        String id = readId(scope, item, seenIds);
        String domain = item.line("domain", true);
        String task = item.line("task", true);
        checkDomainAndTask(scope, tasksByDomain, domain, task);
        String source = readSource(scope, item);
        String front = item.markdown("front", true);
        String back = item.markdown("back", true);
        List<Reference> references = readReferences(scope, item.list("references", false), false);
        String reviewerNote = item.markdown("reviewerNote", false);
        if (problems.size() != before) {
            return null;
        }
        Map<String, Object> canonical = new TreeMap<>();
        canonical.put("domain", domain);
        canonical.put("task", task);
        canonical.put("source", source);
        canonical.put("front", front);
        canonical.put("back", back);
        canonical.put("references", canonicalReferences(references));
        if (reviewerNote != null) {
            canonical.put("reviewerNote", reviewerNote);
        }
        return new Card(id, version(canonical), domain, task, source, front, back, references, reviewerNote);
    }

    /** Problems inside an item are named by its id when it has a valid one, else by its position in the file. */
    private static Scope itemScope(JsonNode node, String listKey, int index, String rel,
            List<ContentProblem> problems) {
        JsonNode id = node.isObject() ? node.get("id") : null;
        if (id != null && id.isTextual() && ID.matcher(id.asText().strip()).matches()) {
            return new Scope(rel, id.asText().strip(), "", problems);
        }
        return new Scope(rel, null, listKey + "[" + index + "]", problems);
    }

    private static String readId(Scope scope, Fields item, Map<String, String> seenIds) {
        String id = item.line("id", true);
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            scope.report("id", "must match " + ID.pattern() + " (lowercase letters and digits, words joined by -)");
            return null;
        }
        String earlier = seenIds.putIfAbsent(id, scope.file);
        if (earlier != null) {
            scope.report("id", "duplicate id, also used in " + earlier);
        }
        return id;
    }

    private static String readSource(Scope scope, Fields item) {
        String source = item.line("source", true);
        if (source != null && !SOURCES.contains(source)) {
            scope.report("source", "must be seed or original (was \"" + source + "\")");
        }
        return source;
    }

    private static QuestionType questionType(Scope scope, String field, String code) {
        try {
            return QuestionType.ofCode(code);
        } catch (IllegalArgumentException e) {
            scope.report(field, "must be one of " + QuestionType.knownCodes() + " (was \"" + code + "\")");
            return null;
        }
    }

    private static void checkDomainAndTask(Scope scope, Map<String, List<String>> tasksByDomain, String domain,
            String task) {
        if (tasksByDomain == null || domain == null) {
            return;
        }
        List<String> tasks = tasksByDomain.get(domain);
        if (tasks == null) {
            scope.report("domain", "unknown domain \"" + domain + "\" (the blueprint has "
                    + String.join(", ", tasksByDomain.keySet()) + ")");
            return;
        }
        if (task == null || tasks.contains(task)) {
            return;
        }
        String owner = tasksByDomain.entrySet().stream()
                .filter(e -> e.getValue().contains(task))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        if (owner != null) {
            scope.report("task", "task \"" + task + "\" belongs to domain \"" + owner + "\", not \"" + domain + "\"");
        } else {
            scope.report("task", "unknown task \"" + task + "\" (domain \"" + domain + "\" has "
                    + String.join(", ", tasks) + ")");
        }
    }

    /** The options as far as they are valid; {@code null} when the list itself is missing or not a list. */
    private static List<Option> readOptions(Scope scope, JsonNode nodes) {
        if (nodes == null) {
            return null;
        }
        if (nodes.size() > MAX_OPTIONS) {
            scope.report("options", "must have at most " + MAX_OPTIONS + " options (has " + nodes.size() + ")");
            return null;
        }
        List<Option> options = new ArrayList<>();
        Map<String, Integer> texts = new HashMap<>();
        boolean complete = true;
        for (int i = 0; i < nodes.size(); i++) {
            String path = "options[" + i + "]";
            Fields option = scope.fields(nodes.get(i), path);
            if (option == null) {
                complete = false;
                continue;
            }
            option.only(OPTION_FIELDS);
            String text = option.markdown("text", true);
            Boolean correct = option.bool("correct");
            String why = option.markdown("why", true);
            if (text != null) {
                Integer first = texts.putIfAbsent(sameTextKey(text), i);
                if (first != null) {
                    scope.report(path + ".text", "repeats the text of options[" + first + "]");
                }
            }
            if (text == null || correct == null || why == null) {
                complete = false;
                continue;
            }
            options.add(new Option(Option.keyAt(i), text, correct, why));
        }
        if (!complete) {
            // Count rules on a partial list would report problems that are not there.
            return null;
        }
        return options;
    }

    private static String sameTextKey(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void checkOptionRules(Scope scope, QuestionType type, List<Option> options) {
        int size = options.size();
        long correct = options.stream().filter(Option::correct).count();
        switch (type) {
            case TRUE_FALSE -> {
                if (size != 2) {
                    scope.report("options",
                            "a \"true-false\" question must have exactly 2 options (has " + size + ")");
                } else {
                    if (!options.get(0).text().equals("True")) {
                        scope.report("options[0].text", "must be \"True\" in a true-false question");
                    }
                    if (!options.get(1).text().equals("False")) {
                        scope.report("options[1].text", "must be \"False\" in a true-false question");
                    }
                }
                if (correct != 1) {
                    scope.report("options",
                            "a \"true-false\" question must have exactly 1 correct option (has " + correct + ")");
                }
            }
            case SINGLE -> {
                if (size < 4) {
                    scope.report("options",
                            "a \"single\" question must have at least 4 options (has " + size + ")");
                }
                if (correct != 1) {
                    scope.report("options", "a \"single\" question must have exactly 1 correct option (has " + correct
                            + ")");
                }
            }
            case MULTIPLE -> {
                if (size < 4) {
                    scope.report("options",
                            "a \"multiple\" question must have at least 4 options (has " + size + ")");
                }
                if (correct < 2) {
                    scope.report("options", "a \"multiple\" question must have at least 2 correct options (has "
                            + correct + ")");
                }
                if (size - correct < 1) {
                    scope.report("options", "a \"multiple\" question must have at least 1 wrong option (has 0)");
                }
            }
        }
    }

    private static List<Reference> readReferences(Scope scope, JsonNode nodes, boolean required) {
        if (nodes == null) {
            return List.of();
        }
        if (required && nodes.isEmpty()) {
            scope.report("references", "must list at least one reference");
        }
        List<Reference> references = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Reference reference = readReference(scope, nodes.get(i), "references[" + i + "]");
            if (reference != null) {
                references.add(reference);
            }
        }
        return references;
    }

    private static Reference readReference(Scope scope, JsonNode node, String path) {
        Fields reference = scope.fields(node, path);
        if (reference == null) {
            return null;
        }
        reference.only(REFERENCE_FIELDS);
        String title = reference.line("title", true);
        String url = reference.line("url", true);
        if (url != null && !isHttpsUrl(url)) {
            scope.report(path + ".url", "must be an https URL (was \"" + url + "\")");
            return null;
        }
        return title == null || url == null ? null : new Reference(title, url);
    }

    private static boolean isHttpsUrl(String url) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- version hash

    private static List<Map<String, Object>> canonicalReferences(List<Reference> references) {
        return references.stream().map(r -> Map.<String, Object>of("title", r.title(), "url", r.url())).toList();
    }

    /** First 16 hex digits of the SHA-256 of the canonical JSON (keys sorted, compact, UTF-8). */
    static String version(Map<String, Object> canonical) {
        try {
            byte[] json = CANONICAL_JSON.writeValueAsBytes(canonical);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash content", e);
        }
    }

    /** Line endings to {@code \n}, leading blank lines and trailing white space removed. */
    static String normalizeMarkdown(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceFirst("\\A(?:[ \\t]*\\n)+", "").stripTrailing();
    }

    // ---------------------------------------------------------------- field access with problem collection

    /** Where problems go: a file, an item id (or none) and a path prefix used when there is no item id. */
    private static final class Scope {
        final String file;
        final String itemId;
        final String prefix;
        final List<ContentProblem> problems;

        Scope(String file, String itemId, String prefix, List<ContentProblem> problems) {
            this.file = file;
            this.itemId = itemId;
            this.prefix = prefix;
            this.problems = problems;
        }

        void report(String field, String message) {
            String path;
            if (prefix.isEmpty()) {
                path = field == null || field.isEmpty() ? null : field;
            } else {
                path = field == null || field.isEmpty() ? prefix : prefix + "." + field;
            }
            problems.add(new ContentProblem(file, itemId, path, message));
        }

        /** The node as a mapping, or {@code null} after reporting that it is not one. */
        Fields fields(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            if (!node.isObject()) {
                report(path, "must be a mapping");
                return null;
            }
            return new Fields(this, node, path);
        }

        /** A string value, normalised; {@code null} after reporting a wrong type or blank text. */
        String text(JsonNode node, String path, boolean markdown) {
            if (!node.isTextual()) {
                report(path, node.isValueNode() ? "must be a string (put it in quotes)" : "must be a string");
                return null;
            }
            String text = markdown ? normalizeMarkdown(node.asText()) : node.asText().strip();
            if (text.isBlank()) {
                report(path, "must not be blank");
                return null;
            }
            return text;
        }
    }

    /** The fields of one mapping, at {@code path} inside its scope. */
    private static final class Fields {
        private final Scope scope;
        private final JsonNode node;
        private final String path;

        Fields(Scope scope, JsonNode node, String path) {
            this.scope = scope;
            this.node = node;
            this.path = path;
        }

        private String at(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        void only(List<String> allowed) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    scope.report(at(name), "unknown field (allowed: " + String.join(", ", allowed) + ")");
                }
            }
        }

        /** The value, or {@code null} when absent or YAML null, after reporting it when required. */
        private JsonNode value(String name, boolean required) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                if (required) {
                    scope.report(at(name), "is required");
                }
                return null;
            }
            return value;
        }

        String line(String name, boolean required) {
            JsonNode value = value(name, required);
            return value == null ? null : scope.text(value, at(name), false);
        }

        String markdown(String name, boolean required) {
            JsonNode value = value(name, required);
            return value == null ? null : scope.text(value, at(name), true);
        }

        Boolean bool(String name) {
            JsonNode value = value(name, true);
            if (value == null) {
                return null;
            }
            if (!value.isBoolean()) {
                scope.report(at(name), "must be true or false");
                return null;
            }
            return value.booleanValue();
        }

        Integer integer(String name) {
            JsonNode value = value(name, true);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                scope.report(at(name), "must be a whole number");
                return null;
            }
            return value.intValue();
        }

        Double number(String name) {
            JsonNode value = value(name, true);
            if (value == null) {
                return null;
            }
            if (!value.isNumber()) {
                scope.report(at(name), "must be a number");
                return null;
            }
            return value.doubleValue();
        }

        JsonNode list(String name, boolean required) {
            JsonNode value = value(name, required);
            if (value == null) {
                return null;
            }
            if (!value.isArray()) {
                scope.report(at(name), "must be a list");
                return null;
            }
            return value;
        }

        JsonNode map(String name, boolean required) {
            JsonNode value = value(name, required);
            if (value == null) {
                return null;
            }
            if (!value.isObject()) {
                scope.report(at(name), "must be a mapping");
                return null;
            }
            return value;
        }
    }
}
