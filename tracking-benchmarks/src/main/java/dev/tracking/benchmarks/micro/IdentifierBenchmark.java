package dev.tracking.benchmarks.micro;

import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.identifier.ContainerNumber;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing identifiers with their check digits (AWB mod 7, ISO 6346) against the baseline of matching the same text
 * with a precompiled pattern alone: what validating the check digit and building the value costs on top of reading
 * the shape. Every event and MAWB a feed carries goes through these.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdentifierBenchmark {

    private static final Pattern AWB_SHAPE = Pattern.compile("\\d{3}-?\\d{8}");
    private static final Pattern CONTAINER_SHAPE = Pattern.compile("[A-Z]{3}[UJZ]\\d{7}");

    private final String awb = "176-12345675";
    private final String container = "CSQU3054383";

    @Benchmark
    public boolean awbShapeBaseline() {
        return AWB_SHAPE.matcher(awb).matches();
    }

    @Benchmark
    public AwbNumber awbParse() {
        return AwbNumber.parse(awb);
    }

    @Benchmark
    public boolean containerShapeBaseline() {
        return CONTAINER_SHAPE.matcher(container).matches();
    }

    @Benchmark
    public ContainerNumber containerParse() {
        return ContainerNumber.parse(container);
    }
}
