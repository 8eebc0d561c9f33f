package dev.clawc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.ParseResult;
import dev.clawc.json5.StrictJsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The benchmark inputs, by name: {@code generated} (bench/target/data/big.json5, 20 MB, written by
 * {@link Generate} when missing), {@code medium} (m1.json5, 1 MB, for the check pipeline, which is
 * superlinear in the number of agents) and {@code corpus} (the largest {@code .json5} file of the shared
 * corpus, read in place). Each comes with its strict-JSON twin for Jackson.
 *
 * <p>System properties: {@code clawc.bench.data} (default {@code target/data}, relative to the
 * working directory), {@code clawc.bench.mb} (size of the generated file, default 20),
 * {@code clawc.shared} (default {@code ../../shared}, then {@code ../shared}).
 */
public record Inputs(String name, Path json5Path, byte[] json5, String json5Text, byte[] json) {

    public static Inputs load(String which) {
        try {
            return switch (which) {
                case "generated" -> generated("big", Double.parseDouble(System.getProperty("clawc.bench.mb", "20")));
                case "medium" -> generated("m1", 1);
                case "corpus" -> corpus();
                default -> throw new IllegalArgumentException("unknown input " + which);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path dataDir() {
        return Path.of(System.getProperty("clawc.bench.data", "target/data")).toAbsolutePath();
    }

    private static Inputs generated(String name, double mb) throws IOException {
        Path dir = dataDir();
        Path json5 = dir.resolve(name + ".json5");
        Path json = dir.resolve(name + ".json");
        if (!Files.exists(json5) || !Files.exists(json)) {
            Generate.big(dir, (long) (mb * 1_000_000), name);
        }
        byte[] bytes = Files.readAllBytes(json5);
        return new Inputs(name, json5, bytes, new String(bytes, StandardCharsets.UTF_8), Files.readAllBytes(json));
    }

    /** The largest .json5 file of the corpus; its twin is the file itself when it is strict JSON already. */
    private static Inputs corpus() throws IOException {
        Path file = largestCorpusFile();
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        byte[] twin;
        try {
            new ObjectMapper().readTree(bytes);
            twin = bytes;
        } catch (IOException notStrict) {
            ParseResult parsed = Json5Reader.read(new SourceFile(file.toString(), text));
            StringWriter out = new StringWriter();
            new StrictJsonWriter().write(parsed.value(), out, true);
            twin = out.toString().getBytes(StandardCharsets.UTF_8);
        }
        return new Inputs("corpus", file, bytes, text, twin);
    }

    public static Path largestCorpusFile() throws IOException {
        Path corpus = sharedDir().resolve("corpus");
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json5"))
                    .max(Comparator.comparingLong(Inputs::size))
                    .orElseThrow(() -> new IOException("no .json5 file in " + corpus));
        }
    }

    private static Path sharedDir() {
        String configured = System.getProperty("clawc.shared");
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate : new String[] {"../../shared", "../shared", "/work/shared"}) {
            if (Files.isDirectory(Path.of(candidate, "corpus"))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("set -Dclawc.shared=DIR (the shared data with corpus/)");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
