import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step of `mvn package` (run as a single-file source program, so it is not shipped in the jar):
 * the self-contained distribution and the npm package made from it.
 *
 * <pre>
 *   target/clawc-VERSION/                 bin/clawc, lib/clawc.jar, lib/clawc.aot, runtime/ (jlink), package.json
 *   target/clawc-VERSION-OS-ARCH.tar.gz   that directory
 *   target/clawc-VERSION.tgz              the npm package (`npm pack` of that directory), when npm is on PATH
 * </pre>
 *
 * The runtime is linked from a JDK 25 or later (JEP 493 lets jlink link from a JDK without jmods), found
 * through, first wins: the clawc.jdk property, JAVA_HOME, ~/.m2/toolchains.xml, the JVM running the
 * build, then the usual install locations. With none, the distribution is skipped with a message: the
 * Java 17 jar and the source-tree launcher work without it.
 *
 * Arguments: BUILD_DIR VERSION PROJECT_DIR [JDK_DIR]
 */
public final class Distribution {
    /** The modules clawc needs (java.logging for LSP4J in `clawc lsp`): jdeps also lists java.sql and java.desktop, which only optional Jackson and SnakeYAML features use. */
    static final String MODULES = "java.base,java.logging";
    static final int MIN_FEATURE = 25;
    /** The launcher's JVM flags: the AOT cache is trained with the same ones. */
    static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss8m");

    public static void main(String[] args) throws Exception {
        Path buildDir = Path.of(args[0]).toAbsolutePath();
        String version = args[1];
        Path projectDir = Path.of(args[2]).toAbsolutePath();
        String jdkProperty = args.length > 3 ? args[3].trim() : "";

        Optional<Path> jdk = findJdk(jdkProperty);
        if (jdk.isEmpty()) {
            log("no JDK " + MIN_FEATURE + "+ with jlink found (tried -Dclawc.jdk, JAVA_HOME, ~/.m2/toolchains.xml, the build's JVM, "
                    + String.join(", ", KNOWN_LOCATIONS) + "): SKIPPING the self-contained distribution and the npm package."
                    + " target/clawc.jar and ./clawc work with Java 17+; set -Dclawc.jdk=DIR to build them.");
            return;
        }
        String name = "clawc-" + version;
        Path home = buildDir.resolve(name);
        deleteTree(home);
        Files.createDirectories(home.resolve("lib"));
        long start = System.nanoTime();

        log("linking the runtime from " + jdk.get() + " (" + javaVersion(jdk.get()).orElse("?") + "), modules " + MODULES);
        run(home, buildDir.resolve("jlink.log"), List.of(jdk.get().resolve("bin/jlink").toString(),
                "--add-modules", MODULES, "--strip-debug", "--no-man-pages", "--no-header-files",
                "--compress=zip-6", "--output", home.resolve("runtime").toString()));

        Files.copy(buildDir.resolve("clawc.jar"), home.resolve("lib/clawc.jar"));
        copyExecutable(projectDir.resolve("src/dist/bin/clawc"), home.resolve("bin/clawc"));
        Files.writeString(home.resolve("package.json"), packageJson(version), StandardCharsets.UTF_8);
        Files.copy(projectDir.resolve("src/dist/README.md"), home.resolve("README.md"));

        log("training the AOT cache with the bundled runtime");
        List<String> training = new ArrayList<>(List.of(home.resolve("runtime/bin/java").toString(), "-XX:AOTCacheOutput=lib/clawc.aot"));
        training.addAll(JVM_FLAGS);
        training.addAll(List.of("-cp", "lib/clawc.jar", "dev.clawc.cli.AotTraining", projectDir.resolve("examples/seed.json5").toString()));
        run(home, buildDir.resolve("aot-training.log"), training);
        if (!Files.isRegularFile(home.resolve("lib/clawc.aot"))) {
            throw new IllegalStateException("the AOT training run wrote no lib/clawc.aot; see " + buildDir.resolve("aot-training.log"));
        }

        Path tarball = buildDir.resolve(name + "-" + platform() + ".tar.gz");
        Files.deleteIfExists(tarball);
        run(buildDir, buildDir.resolve("tar.log"), List.of("tar", "-czf", tarball.toString(), "--owner=0", "--group=0", "--numeric-owner",
                "--sort=name", name));
        log("wrote " + tarball + " (" + Files.size(tarball) / 1_000_000 + " MB)");

        Optional<String> npm = onPath("npm");
        if (npm.isEmpty()) {
            log("npm is not on PATH: SKIPPING the npm package");
        } else {
            Path npmTarball = buildDir.resolve(name + ".tgz");
            Files.deleteIfExists(npmTarball);
            run(home, buildDir.resolve("npm-pack.log"), List.of(npm.get(), "pack", "--ignore-scripts", "--silent",
                    "--pack-destination", buildDir.toString()));
            log("wrote " + npmTarball + " (" + Files.size(npmTarball) / 1_000_000 + " MB)");
        }
        log("distribution built in " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) + " s");
    }

    // ---- finding a JDK 25+ ----

    static final List<String> KNOWN_LOCATIONS = List.of("/usr/lib/jvm/*", "/usr/java/*", "/opt/java/*", "/opt/*",
            "~/.sdkman/candidates/java/*", "~/.jdks/*", "/Library/Java/JavaVirtualMachines/*/Contents/Home");

    static Optional<Path> findJdk(String property) throws IOException {
        if (!property.isEmpty() && !property.startsWith("${")) {
            Path dir = Path.of(property);
            if (!usable(dir)) {
                throw new IllegalArgumentException("-Dclawc.jdk=" + property + " is not a JDK " + MIN_FEATURE + "+ with bin/jlink");
            }
            return Optional.of(dir);
        }
        List<Path> ordered = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            ordered.add(Path.of(javaHome));
        }
        ordered.addAll(toolchainJdks());
        ordered.add(Path.of(System.getProperty("java.home")));
        for (Path dir : ordered) {
            if (usable(dir)) {
                return Optional.of(dir);
            }
        }
        // Among installed JDKs, the newest.
        return knownLocations().stream().filter(Distribution::usable)
                .max(Comparator.comparing(dir -> feature(javaVersion(dir).orElse("0"))));
    }

    static boolean usable(Path dir) {
        return Files.isExecutable(dir.resolve("bin/jlink"))
                && javaVersion(dir).map(v -> feature(v) >= MIN_FEATURE).orElse(false);
    }

    /** JAVA_VERSION from the JDK's `release` file. */
    static Optional<String> javaVersion(Path dir) {
        try {
            Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"?([0-9][^\"\\s]*)").matcher(Files.readString(dir.resolve("release")));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    static int feature(String version) {
        Matcher m = Pattern.compile("^(?:1\\.)?(\\d+)").matcher(version);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** jdkHome entries of ~/.m2/toolchains.xml (Maven's per-user toolchains file), in file order. */
    static List<Path> toolchainJdks() {
        Path file = Path.of(System.getProperty("user.home"), ".m2", "toolchains.xml");
        List<Path> homes = new ArrayList<>();
        try {
            Matcher m = Pattern.compile("<jdkHome>\\s*([^<]+?)\\s*</jdkHome>").matcher(Files.readString(file));
            while (m.find()) {
                homes.add(Path.of(m.group(1)));
            }
        } catch (IOException e) {
            // no toolchains file
        }
        return homes;
    }

    static List<Path> knownLocations() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String pattern : KNOWN_LOCATIONS) {
            String expanded = pattern.replace("~", System.getProperty("user.home"));
            int star = expanded.indexOf('*');
            Path parent = Path.of(expanded.substring(0, expanded.lastIndexOf('/', star)));
            String tail = expanded.substring(star + 1);
            if (!Files.isDirectory(parent)) {
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
                for (Path entry : entries) {
                    found.add(tail.isEmpty() ? entry : Path.of(entry + tail));
                }
            }
        }
        return found;
    }

    // ---- the pieces ----

    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        String osName = os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : os.contains("win") ? "win32" : os;
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "arm64" : arch;
        return osName + "-" + archName;
    }

    static String packageJson(String version) {
        String[] platform = platform().split("-");
        return "{\n"
                + "  \"name\": \"clawc\",\n"
                + "  \"version\": \"" + version + "\",\n"
                + "  \"description\": \"Config compiler and static analyzer for the OpenClaw gateway config (openclaw.json); bundles its own Java runtime\",\n"
                + "  \"keywords\": [\"openclaw\", \"config\", \"linter\", \"json5\", \"static-analysis\"],\n"
                + "  \"homepage\": \"https://github.com/clawc-dev/clawc\",\n"
                + "  \"repository\": { \"type\": \"git\", \"url\": \"git+https://github.com/clawc-dev/clawc.git\" },\n"
                + "  \"bin\": { \"clawc\": \"bin/clawc\" },\n"
                + "  \"os\": [\"" + platform[0] + "\"],\n"
                + "  \"cpu\": [\"" + platform[1] + "\"],\n"
                + "  \"files\": [\"bin/\", \"lib/\", \"runtime/\", \"README.md\"]\n"
                + "}\n";
    }

    static Optional<String> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    static void run(Path dir, Path logFile, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile()).start();
        int code = process.waitFor();
        // The AOT training run checks the example, which may have findings (exit 1).
        boolean training = command.stream().anyMatch(a -> a.startsWith("-XX:AOTCacheOutput"));
        if (code != 0 && !(training && code == 1)) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + code + "):\n" + Files.readString(logFile));
        }
    }

    static void copyExecutable(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    static void log(String message) {
        System.out.println("[clawc dist] " + message);
    }
}
