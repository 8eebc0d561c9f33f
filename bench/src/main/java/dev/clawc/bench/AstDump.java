package dev.clawc.bench;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Span;
import dev.clawc.json5.Comment;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import dev.clawc.json5.SourceDecoder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A full dump of what the reader produces (every node with its span, comments, diagnostics), used to
 * show that a tuning of the reader changes nothing: run it with the old and the new classes first
 * on the class path and compare. {@code AstDump [--mutants N] FILE|DIR...}: with --mutants, also N
 * seeded mutations (bytes changed, deleted, duplicated) of each file, to cover the error paths.
 */
public final class AstDump {
    private static final byte[] ALPHABET = "{}[]:,'\"\\/*\n 0x1e.+-$_aZ`#\u00e9".getBytes(StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        int mutants = 0;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--mutants")) {
                mutants = Integer.parseInt(args[++i]);
            } else {
                try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
                    walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(json5?|js|txt)$"))
                            .sorted().forEach(files::add);
                }
            }
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        StringBuilder out = new StringBuilder();
        int inputs = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > 2_000_000) {
                continue;
            }
            dump(file.toString(), bytes, out);
            inputs++;
            Random random = new Random(file.toString().hashCode());
            for (int m = 0; m < mutants; m++) {
                dump(file + "#" + m, mutate(bytes, random), out);
                inputs++;
            }
            digest.update(out.toString().getBytes(StandardCharsets.UTF_8));
            if (System.getProperty("dump") != null) {
                System.out.print(out);
            }
            out.setLength(0);
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : digest.digest()) {
            hex.append(String.format("%02x", b));
        }
        System.out.println(inputs + " inputs, dump sha256 " + hex);
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && copy.length > 0; e++) {
            int at = random.nextInt(copy.length);
            switch (random.nextInt(3)) {
                case 0 -> copy[at] = ALPHABET[random.nextInt(ALPHABET.length)];
                case 1 -> {
                    byte[] shorter = new byte[copy.length - 1];
                    System.arraycopy(copy, 0, shorter, 0, at);
                    System.arraycopy(copy, at + 1, shorter, at, copy.length - at - 1);
                    copy = shorter;
                }
                default -> {
                    int len = Math.min(1 + random.nextInt(20), copy.length - at);
                    byte[] longer = new byte[copy.length + len];
                    System.arraycopy(copy, 0, longer, 0, at + len);
                    System.arraycopy(copy, at, longer, at + len, copy.length - at);
                    copy = longer;
                }
            }
        }
        return copy;
    }

    private static void dump(String name, byte[] bytes, StringBuilder out) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(name, bytes);
        ParseResult result = Json5Reader.read(decoded.file());
        out.append("== ").append(name).append('\n');
        for (Diagnostic d : result.diagnostics()) {
            out.append("diag ").append(d).append(' ').append(span(d.span())).append('\n');
        }
        value(result.value(), 0, out);
    }

    private static void value(Json5Value v, int depth, StringBuilder out) {
        out.append(" ".repeat(Math.min(depth, 40)));
        if (v == null) {
            out.append("null-node\n");
            return;
        }
        out.append(v.kind()).append(' ').append(span(v.span()));
        comments(v.comments(), out);
        if (v instanceof Json5Object o) {
            out.append('\n');
            for (Json5Member m : o.members()) {
                out.append(" ".repeat(Math.min(depth, 40))).append("key ").append(m.key().name()).append(' ')
                        .append(span(m.key().span())).append(' ').append(m.key().quoted());
                comments(m.comments(), out);
                out.append('\n');
                value(m.value(), depth + 1, out);
            }
        } else if (v instanceof Json5Array a) {
            out.append('\n');
            for (Json5Value e : a.elements()) {
                value(e, depth + 1, out);
            }
        } else {
            out.append(' ').append(v).append('\n');
        }
    }

    private static void comments(List<Comment> comments, StringBuilder out) {
        for (Comment c : comments) {
            out.append(" c[").append(c.style()).append(' ').append(c.placement()).append(' ').append(span(c.span())).append(']');
        }
    }

    private static String span(Span s) {
        return s == null ? "-" : s.start() + ".." + s.end();
    }
}
