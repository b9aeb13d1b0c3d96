package io.regionlab.topology.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The AWS Regions a design may use, with their zones and jurisdiction ({@code content/catalog/regions.yaml}). */
public record Catalog(String version, Map<String, CatalogRegion> regions) {

    public record CatalogRegion(String code, String name, String geography, String jurisdiction, boolean optIn, List<String> zones) {

        public CatalogRegion {
            zones = List.copyOf(zones);
        }
    }

    public Catalog {
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
    }

    public Optional<CatalogRegion> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** The Region a zone name belongs to ("eu-west-1a" → eu-west-1), if the catalog knows the zone. */
    public Optional<CatalogRegion> regionOfZone(String zone) {
        return regions.values().stream().filter(r -> r.zones().contains(zone)).findFirst();
    }

    public static Catalog load(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            Map<String, CatalogRegion> regions = new LinkedHashMap<>();
            for (JsonNode r : root.path("regions")) {
                List<String> zones = new ArrayList<>();
                r.path("zones").forEach(z -> zones.add(z.asText()));
                String code = r.path("code").asText();
                if (code.isBlank() || zones.isEmpty() || regions.containsKey(code)) {
                    throw new IllegalArgumentException(file + ": region " + r + " needs a unique code and zones");
                }
                regions.put(code, new CatalogRegion(code, r.path("name").asText(), r.path("geography").asText(),
                        r.path("jurisdiction").asText(), r.path("optIn").asBoolean(false), zones));
            }
            if (regions.isEmpty()) {
                throw new IllegalArgumentException(file + ": no regions");
            }
            return new Catalog(root.path("version").asText(), regions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Region catalog " + file, e);
        }
    }
}
