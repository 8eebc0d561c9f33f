package dev.clawc.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenClaw installation on this machine, found statically: the package.json behind {@code openclaw} on PATH,
 * else under npm's global prefix. Nothing is run. {@code -Dclawc.installedOpenClaw=DIR|none} overrides the search
 * (DIR holds the package.json), which keeps tests independent of the machine.
 */
public final class InstalledOpenClaw {
    private static volatile Found cached;
    private static volatile boolean searched;

    /** An installed release and the package.json it was read from. */
    public record Found(OpenClawVersion version, Path packageJson) {
    }

    private InstalledOpenClaw() {
    }

    /** The installed release, or null when none is found (searched once per process). */
    public static Found find() {
        if (!searched) {
            synchronized (InstalledOpenClaw.class) {
                if (!searched) {
                    cached = search(System.getenv());
                    searched = true;
                }
            }
        }
        return cached;
    }

    static Found search(Map<String, String> env) {
        String override = System.getProperty("clawc.installedOpenClaw");
        if (override != null) {
            return override.equals("none") ? null : read(Path.of(override, "package.json"));
        }
        for (Path candidate : candidates(env)) {
            Found found = read(candidate);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** package.json files that may belong to the `openclaw` a shell would run, most likely first. */
    static List<Path> candidates(Map<String, String> env) {
        List<Path> out = new ArrayList<>();
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path bin = Path.of(dir, "openclaw");
            if (!Files.isRegularFile(bin)) {
                continue;
            }
            try {
                // npm links bin/openclaw to lib/node_modules/openclaw/openclaw.mjs
                Path real = bin.toRealPath();
                out.add(real.getParent().resolve("package.json"));
            } catch (IOException | SecurityException e) {
                // an unreadable link: try the layout npm uses
            }
            Path prefix = Path.of(dir).getParent();
            if (prefix != null) {
                out.add(prefix.resolve("lib/node_modules/openclaw/package.json"));
            }
        }
        for (String prefixVar : new String[] {"NPM_CONFIG_PREFIX", "npm_config_prefix", "PREFIX"}) {
            String prefix = env.get(prefixVar);
            if (prefix != null && !prefix.isBlank()) {
                out.add(Path.of(prefix, "lib/node_modules/openclaw/package.json"));
            }
        }
        String home = env.get("HOME");
        if (home != null) {
            out.add(Path.of(home, ".npm-global/lib/node_modules/openclaw/package.json"));
        }
        out.add(Path.of("/usr/local/lib/node_modules/openclaw/package.json"));
        out.add(Path.of("/usr/lib/node_modules/openclaw/package.json"));
        return out;
    }

    private static Found read(Path packageJson) {
        try {
            if (!Files.isRegularFile(packageJson) || Files.size(packageJson) > 1 << 20) {
                return null;
            }
            JsonNode doc = new ObjectMapper().readTree(packageJson.toFile());
            String version = doc.path("version").asText("");
            if (!"openclaw".equals(doc.path("name").asText()) || !OpenClawVersion.isVersion(version)) {
                return null;
            }
            return new Found(OpenClawVersion.parse(version), packageJson);
        } catch (IOException | RuntimeException e) {
            return null; // not a readable OpenClaw package: keep looking
        }
    }
}
