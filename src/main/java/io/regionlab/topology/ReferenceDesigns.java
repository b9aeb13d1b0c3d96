package io.regionlab.topology;

import io.regionlab.topology.core.Topology;
import io.regionlab.topology.core.TopologyCodec;
import io.regionlab.topology.core.TopologyException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The reference designs of {@code regionlab.design.reference-dir}, read and validated once at
 * start-up: a broken one stops the portal with its file and field, like any other content.
 */
@Singleton
public class ReferenceDesigns {

    /** One reference design as listed: its file name (without {@code .json}) is its stable name. */
    public record Reference(String name, String title, String description, int regions, int components) {
    }

    /** A reference design with its canonical document. */
    public record Entry(Reference reference, String document) {
    }

    private final Map<String, Entry> byName;

    public ReferenceDesigns(DesignConfig config, TopologyCodec codec) {
        this.byName = load(Path.of(config.referenceDir()), codec);
    }

    public List<Reference> list() {
        return byName.values().stream().map(Entry::reference).toList();
    }

    public Optional<Entry> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private static Map<String, Entry> load(Path dir, TopologyCodec codec) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                Topology topology;
                try {
                    topology = codec.read(Files.readString(file));
                } catch (TopologyException e) {
                    throw new IllegalStateException("Reference design " + file + " is invalid: " + e.getMessage(), e);
                }
                entries.put(name, new Entry(new Reference(name, topology.name(), topology.description(),
                        topology.regions().size(), topology.components().size()), codec.write(topology)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference designs in " + dir.toAbsolutePath(), e);
        }
        return entries;
    }
}
