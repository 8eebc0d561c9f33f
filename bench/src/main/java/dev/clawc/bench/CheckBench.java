package dev.clawc.bench;

import dev.clawc.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole `clawc check` pipeline in process (read, decode, parse, includes and env, schema, model,
 * rules, JSON report), through the CLI entry point with the output thrown away. On the 1 MB generated
 * file, not the 20 MB one: check's rules stage grows faster than linearly with the number of agents
 * (see results.md), and the 20 MB file did not finish in 10 minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckBench {

    @Param({"medium", "corpus"})
    public String input;

    private String[] args;
    private final PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
    private final Map<String, String> env = Map.of();

    @Setup(Level.Trial)
    public void setUp() {
        Inputs inputs = Inputs.load(input);
        args = new String[] {"check", "--no-process-env", "--no-color", "--format", "json", "--max-file-size", "64M",
                inputs.json5Path().toString()};
        int code = check();
        if (code == 2) {
            throw new IllegalStateException("clawc check exited 2 on " + inputs.json5Path());
        }
    }

    @Benchmark
    public int check() {
        return Main.run(args, new ByteArrayInputStream(new byte[0]), sink, sink, env);
    }
}
