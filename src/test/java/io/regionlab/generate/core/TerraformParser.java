package io.regionlab.generate.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Parses Terraform with HashiCorp's own HCL parser: {@code tools/hcl2json/parse.mjs} runs it (compiled
 * to WebAssembly, package {@code @cdktf/hcl2json}) on Node, and returns each file as JSON together with
 * every reference its expressions make, as the parser finds them. All files go to one run of Node,
 * since loading the parser takes seconds.
 */
final class TerraformParser {

    static final Path TOOL = Path.of("tools/hcl2json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One parsed file: its body (hcl2json's JSON), the references in it, or the parser's error. */
    record Parsed(JsonNode body, List<Reference> references, String error) {
    }

    /** A reference ({@code aws_subnet.a.id}, {@code var.x}, {@code aws.us_east_1}) and where in the body it is. */
    record Reference(String at, String ref) {
    }

    private TerraformParser() {
    }

    /** Parses the files, keyed by the path given. */
    static Map<Path, Parsed> parse(List<Path> files) {
        if (!Files.isDirectory(TOOL.resolve("node_modules/@cdktf/hcl2json"))) {
            throw new IllegalStateException("The HCL parser is not installed: run `npm ci --prefix tools/hcl2json` (.ci/run does it on a fresh machine).");
        }
        List<String> command = new ArrayList<>(List.of("node", TOOL.resolve("parse.mjs").toString()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        try {
            Path out = Files.createTempFile("hcl2json", ".json");
            Path err = Files.createTempFile("hcl2json", ".err");
            try {
                Process node = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!node.waitFor(5, TimeUnit.MINUTES)) {
                    node.destroyForcibly();
                    throw new IllegalStateException("node " + TOOL.resolve("parse.mjs") + " did not finish in 5 minutes");
                }
                if (node.exitValue() != 0) {
                    throw new IllegalStateException("node " + TOOL.resolve("parse.mjs") + " failed (exit " + node.exitValue() + "): "
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                JsonNode root = JSON.readTree(out.toFile());
                Map<Path, Parsed> parsed = new LinkedHashMap<>();
                for (Path f : files) {
                    JsonNode result = root.path(f.toAbsolutePath().toString());
                    List<Reference> refs = new ArrayList<>();
                    result.path("references").forEach(r -> refs.add(new Reference(r.path("at").asText(), r.path("ref").asText())));
                    parsed.put(f, new Parsed(result.path("body"), refs, result.hasNonNull("error") ? result.get("error").asText() : null));
                }
                return parsed;
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run node (Node.js 18 or later must be on the PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
