package dev.clawc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** clawc's own version, written into the jar by the build. */
public final class ClawcVersion implements CommandLine.IVersionProvider {
    private static final String VERSION = load();

    public static String get() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        dev.clawc.release.Releases releases = dev.clawc.release.Releases.bundled();
        return new String[] {"clawc " + VERSION,
                "OpenClaw releases known: " + releases.all().size() + " stable releases, " + releases.oldest() + " to "
                        + releases.newest() + " (the default for a config without meta.lastTouchedVersion: the newest)",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")"};
    }

    private static String load() {
        try (InputStream in = ClawcVersion.class.getResourceAsStream("/dev/clawc/clawc.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
