package dev.clawc.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the rule classes: every top-level class in {@code dev.clawc.rules.checks} that carries
 * {@link RuleInfo}, so adding a rule needs no list to edit. The build lists them once ({@link RuleIndex});
 * without its index, only that one package of our own jar (or classes directory) is listed, not the class path.
 */
final class RuleDiscovery {
    static final String PACKAGE = "dev.clawc.rules.checks";

    private RuleDiscovery() {
    }

    /** The rules, instantiated, ordered by category and then by id (a stable order for reports). */
    static List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> type;
            try {
                type = Class.forName(PACKAGE + "." + name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("listed but not loadable: " + name, e);
            }
            if (Rule.class.isAssignableFrom(type) && type.isAnnotationPresent(RuleInfo.class)) {
                try {
                    out.add((Rule) type.getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(type.getName() + " needs a public no-argument constructor", e);
                }
            }
        }
        out.sort(Comparator.comparing((Rule r) -> r.info().category()).thenComparing(r -> r.info().id()));
        return out;
    }

    /** The rule classes' simple names: from the build's index when there is one, else listed from the class path. */
    static List<String> classNames() {
        List<String> indexed = RuleIndex.read();
        return indexed != null ? indexed : scan();
    }

    /** The top-level classes of the rules package, listed from the directory or jar that holds it. */
    static List<String> scan() {
        String dir = PACKAGE.replace('.', '/') + "/";
        // from this class's own resource URL, not its CodeSource: classes served from an AOT cache have none
        URL location = RuleDiscovery.class.getResource(RuleDiscovery.class.getSimpleName() + ".class");
        try {
            Path root = rootOf(location, dir);
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.list(root.resolve(dir))) {
                    files.map(p -> p.getFileName().toString()).forEach(f -> addClass(f, names));
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String entry = e.nextElement().getName();
                        if (entry.startsWith(dir) && entry.indexOf('/', dir.length()) < 0) {
                            addClass(entry.substring(dir.length()), names);
                        }
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the rule classes in " + location, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the rule classes in " + location, e);
        }
    }

    /** The class-path entry (a directory or a jar) that holds this class, from the URL of its .class file. */
    private static Path rootOf(URL location, String dir) throws URISyntaxException {
        if (location == null) {
            throw new IllegalStateException("cannot find RuleDiscovery.class on the class path");
        }
        String url = location.toString();
        if (url.startsWith("jar:")) {
            return Path.of(new java.net.URI(url.substring("jar:".length(), url.indexOf("!/"))));
        }
        Path file = Path.of(location.toURI());
        Path root = file.getParent();
        for (int i = 0; i < dir.split("/").length - 1; i++) {
            root = root.getParent();
        }
        return root;
    }

    private static void addClass(String fileName, List<String> names) {
        if (fileName.endsWith(".class") && fileName.indexOf('$') < 0) {
            names.add(fileName.substring(0, fileName.length() - ".class".length()));
        }
    }
}
