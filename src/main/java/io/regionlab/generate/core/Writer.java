package io.regionlab.generate.core;

import io.regionlab.topology.core.Topology;
import java.util.List;

/** Turns a valid design into deployable files of one format. Pure: same design, same files. */
public interface Writer {

    /** {@code cloudformation}, {@code terraform} or {@code boto3}: also the folder of its files in an export. */
    String format();

    List<GeneratedFile> write(Topology topology);
}
