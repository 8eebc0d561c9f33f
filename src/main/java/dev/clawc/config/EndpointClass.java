package dev.clawc.config;

import java.net.URI;
import java.util.Locale;

/**
 * The endpoint class of a base URL's host, as OpenClaw classifies it: the built-in provider whose hosts it belongs
 * to, {@code local} for loopback and private addresses, else {@code custom}; {@code default} (no base URL configured)
 * when there is no host at all.
 */
final class EndpointClass {

    private EndpointClass() {
    }

    static String of(ProviderCatalog catalog, String host, boolean configured) {
        if (host == null) {
            return configured ? "custom" : "default";
        }
        for (String id : catalog.ids()) {
            ProviderCatalog.BuiltinProvider p = catalog.get(id);
            for (String suffix : p.hosts()) {
                if (host.equals(suffix) || host.endsWith("." + suffix)) {
                    return p.id();
                }
            }
        }
        if (host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.startsWith("10.")
                || host.startsWith("192.168.") || host.endsWith(".local")) {
            return "local";
        }
        return "custom";
    }

    /** The lower-case host of a base URL, or null when it has none or does not parse. */
    static String host(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(baseUrl.trim()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
