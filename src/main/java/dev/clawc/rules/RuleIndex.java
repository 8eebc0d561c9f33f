package dev.clawc.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of rule classes as a generated resource, written by the build ({@code process-classes}, like the
 * prepared schemas): listing the rules package of the jar at run time means reading every entry of the jar's
 * directory, which start-up can do without. {@code RuleDiscoveryTest} checks it matches the package.
 */
public final class RuleIndex {
    static final String RESOURCE = "/clawc/generated/rules.txt";

    private RuleIndex() {
    }

    /** The indexed simple class names, or null when the build step did not run. */
    static List<String> read() {
        try (InputStream in = RuleIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    names.add(line.trim());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Build step: writes the index of the rule classes under {@code args[0]} (the classes folder). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0] + RESOURCE);
        Files.createDirectories(out.getParent());
        List<String> names = new ArrayList<>(RuleDiscovery.scan());
        names.sort(null);
        Files.writeString(out, String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        System.out.println("[clawc] rule index: " + names.size() + " classes in " + out);
    }
}
