package io.regionlab.bench;

import io.regionlab.generate.core.Boto3Writer;
import io.regionlab.generate.core.CloudFormationWriter;
import io.regionlab.generate.core.TerraformWriter;
import io.regionlab.review.core.Review;
import io.regionlab.support.LargeDesign;
import io.regionlab.topology.core.Catalog;
import io.regionlab.topology.core.Topology;
import io.regionlab.topology.core.TopologyCodec;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading, reviewing and generating the large design (10 Regions × 3 zones × 12 components).
 * Run with {@code bench/design-bench.sh}; not part of the test run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DesignBenchmark {

    String document;
    TopologyCodec codec;
    Catalog catalog;
    Topology topology;
    CloudFormationWriter cloudFormation;
    TerraformWriter terraform;
    Boto3Writer boto3;

    @Setup
    public void setUp() {
        document = LargeDesign.json();
        catalog = Catalog.load(Path.of("content/catalog/regions.yaml"));
        codec = new TopologyCodec(catalog);
        topology = codec.read(document);
        cloudFormation = new CloudFormationWriter();
        terraform = new TerraformWriter();
        boto3 = new Boto3Writer();
    }

    @Benchmark
    public Object read() {
        return codec.read(document);
    }

    @Benchmark
    public Object review() {
        return Review.of(topology, catalog);
    }

    @Benchmark
    public Object cloudformation() {
        return cloudFormation.write(topology);
    }

    @Benchmark
    public Object terraform() {
        return terraform.write(topology);
    }

    @Benchmark
    public Object boto3() {
        return boto3.write(topology);
    }

    /** What an export costs: the review and all three writers. */
    @Benchmark
    public Object everything() {
        return new Object[] {Review.of(topology, catalog), cloudFormation.write(topology), terraform.write(topology), boto3.write(topology)};
    }
}
