package io.regionlab.generate.core;

/** One file a writer produces, by its path inside the export (e.g. {@code cloudformation/us-west-2.template.json}). */
public record GeneratedFile(String path, String content) {

    public String mediaType() {
        if (path.endsWith(".json")) {
            return "application/json";
        }
        if (path.endsWith(".py")) {
            return "text/x-python";
        }
        if (path.endsWith(".md")) {
            return "text/markdown";
        }
        return "text/plain";
    }
}
