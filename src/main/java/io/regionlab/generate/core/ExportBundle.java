package io.regionlab.generate.core;

import io.regionlab.topology.core.Topology;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One zip with every writer's files, the design document itself and a README that says in which
 * order to deploy. Byte-for-byte the same for the same design (fixed entry times, sorted entries),
 * so an export can be compared and cached.
 */
public final class ExportBundle {

    private static final FileTime EPOCH = FileTime.fromMillis(315_532_800_000L); // 1980-01-01, the zip format's first day

    private ExportBundle() {
    }

    /** All files of the export, README first, then by path. */
    public static List<GeneratedFile> files(Topology topology, String document, List<Writer> writers) {
        List<GeneratedFile> files = new ArrayList<>();
        for (Writer writer : writers) {
            files.addAll(writer.write(topology));
        }
        files.add(new GeneratedFile("design.json", document));
        files.sort(Comparator.comparing(GeneratedFile::path));
        files.add(0, new GeneratedFile("README.md", ExportReadme.of(topology, files, writers)));
        return files;
    }

    public static byte[] zip(List<GeneratedFile> files, String folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (GeneratedFile file : files) {
                ZipEntry entry = new ZipEntry(folder + "/" + file.path());
                entry.setCreationTime(EPOCH);
                entry.setLastModifiedTime(EPOCH);
                entry.setLastAccessTime(EPOCH);
                entry.setTime(EPOCH.toMillis());
                zip.putNextEntry(entry);
                zip.write(file.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
