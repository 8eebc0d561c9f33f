package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.ModelRef;
import dev.clawc.config.ModelRefs;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An {@code openrouter/<name>} ref whose model name lacks OpenRouter's vendor segment, such as
 * {@code openrouter/claude-3.5-sonnet}. OpenClaw prefixes a slash-less OpenRouter id with {@code openrouter/}
 * ({@code prefixWhenBare}), so it asks OpenRouter for model {@code openrouter/claude-3.5-sonnet}, which only
 * exists for OpenRouter's own router ids ({@code openrouter/auto}). Vendors come from
 * {@code rules/openrouter-vendors.json5}; names matching no known family are left alone.
 */
@RuleInfo(id = "openrouter-model-id", severity = Severity.ERROR, category = RuleCategory.REFS,
        summary = "An `openrouter/...` ref without the vendor segment OpenRouter model ids need (`anthropic/...`).")
public final class OpenRouterModelId implements Rule {
    static final String RESOURCE = "/clawc/rules/openrouter-vendors.json5";
    private static final String PREFIX = "openrouter/";

    private static volatile Vendors vendors;

    record Vendors(Set<String> routerIds, List<Pattern> patterns, List<String> names, Set<String> slugs) {

        String vendorOf(String name) {
            for (int i = 0; i < patterns.size(); i++) {
                if (patterns.get(i).matcher(name).matches()) {
                    return names.get(i);
                }
            }
            return null;
        }
    }

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        if (pointsElsewhere(config.providers().get("openrouter"))) {
            return;
        }
        Vendors table = vendors();
        for (RefSites.Site site : RefSites.all(config)) {
            String text = site.text().trim();
            int slash = text.indexOf('/');
            if (slash <= 0 || text.contains("${")) {
                continue;
            }
            ModelRef ref = ModelRefs.parse(text, config.version());
            if (ref == null || !"openrouter".equals(ref.provider())) {
                continue;
            }
            if (!ref.model().regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                if (ref.model().indexOf('/') > 0) {
                    checkClaudeId(context, site, text.substring(0, slash).trim(), ref.model(), ref);
                }
                continue;
            }
            String name = ref.model().substring(PREFIX.length());
            if (name.isEmpty() || name.indexOf('/') >= 0 || table.routerIds().contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String vendor = table.vendorOf(name);
            if (vendor == null) {
                continue;
            }
            String written = text.substring(0, slash).trim();
            String fixed = written + "/" + vendor + "/" + name + (ref.profile() == null ? "" : "@" + ref.profile());
            var d = context.diagnostic("OpenRouter model id `" + name + "` has no vendor segment")
                    .at(site.span(), "OpenClaw requests model `" + PREFIX + name + "` from OpenRouter")
                    .path(site.path())
                    .note("OpenRouter ids are `<vendor>/<model>`; OpenClaw prefixes a slash-less OpenRouter id with"
                            + " `openrouter/` (meant for OpenRouter's own ids like `openrouter/auto`), so this asks for `"
                            + PREFIX + name + "`, which OpenRouter does not serve and rejects on every request")
                    .note("`openclaw config validate` accepts the ref; the failure only shows when a turn uses it")
                    .help("write the vendor: `" + fixed + "` (check the exact id with `openclaw models list --provider openrouter`)");
            String replacement = RefSites.rewrite(config, site, fixed);
            if (replacement != null) {
                d.fix(Fix.replace("insert the vendor `" + vendor + "/`", site.span(), replacement));
            }
            context.report(d);
        }
    }

    /**
     * {@code openrouter/anthropic/claude-sonnet-4-5}: Anthropic's own dash-style id under OpenRouter, whose Claude ids
     * write the version with a dot ({@code anthropic/claude-sonnet-4.5}) and carry no date. OpenClaw passes the id through
     * unchanged (normalizeOpenRouterApiModelId only lowercases and strips {@code openrouter/}), so OpenRouter gets an id it
     * does not list. Reported as a warning: clawc's copy of OpenRouter's list is a snapshot.
     */
    private static void checkClaudeId(RuleContext context, RefSites.Site site, String written, String name, ModelRef ref) {
        String vendor = name.substring(0, name.indexOf('/'));
        String model = name.substring(name.indexOf('/') + 1);
        String dotted = openRouterClaudeId(model);
        if (!vendor.equalsIgnoreCase("anthropic") || dotted == null || dotted.equals(model)) {
            return;
        }
        String fixed = written + "/" + vendor + "/" + dotted + (ref.profile() == null ? "" : "@" + ref.profile());
        var d = context.diagnostic(Severity.WARNING, "`" + vendor + "/" + model + "` is Anthropic's id, not OpenRouter's")
                .at(site.span(), "OpenRouter lists this model as `" + vendor + "/" + dotted + "`")
                .path(site.path())
                .note("OpenRouter writes Claude versions with a dot and without a date (`anthropic/claude-sonnet-4.5`,"
                        + " `anthropic/claude-3.5-sonnet`); OpenClaw sends the id as written, so OpenRouter is asked for a model it"
                        + " does not list and the turn fails (OpenClaw reports `Unknown model` where it resolves OpenRouter ids"
                        + " from OpenRouter's model list)")
                .help("write `" + fixed + "` (check with `openclaw models list --provider openrouter`)");
        String replacement = RefSites.rewrite(context.config(), site, fixed);
        if (replacement != null) {
            d.fix(Fix.replace("use OpenRouter's id `" + vendor + "/" + dotted + "`", site.span(), replacement));
        }
        context.report(d);
    }

    private static final Pattern CLAUDE_FAMILY_FIRST = Pattern.compile("(claude-(?:sonnet|opus|haiku))-(\\d+)-(\\d)(?:-(\\d{8}))?");
    private static final Pattern CLAUDE_FAMILY_DATED = Pattern.compile("(claude-(?:sonnet|opus|haiku)-\\d+)-(\\d{8})");
    private static final Pattern CLAUDE_VERSION_FIRST = Pattern.compile("claude-(\\d+)-(\\d)-(sonnet|opus|haiku)(?:-(\\d{8}|latest))?");

    /** OpenRouter's form of an Anthropic Claude id ({@code claude-sonnet-4-5-20250929} -> {@code claude-sonnet-4.5}), or null. */
    static String openRouterClaudeId(String model) {
        String lower = model.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = CLAUDE_FAMILY_FIRST.matcher(lower);
        if (m.matches()) {
            return m.group(1) + "-" + m.group(2) + "." + m.group(3);
        }
        m = CLAUDE_FAMILY_DATED.matcher(lower);
        if (m.matches()) {
            return m.group(1);
        }
        m = CLAUDE_VERSION_FIRST.matcher(lower);
        if (m.matches()) {
            return "claude-" + m.group(1) + "." + m.group(2) + "-" + m.group(3);
        }
        return null;
    }

    /** A models.providers.openrouter overlay with a baseUrl off openrouter.ai (a proxy with its own ids). */
    private static boolean pointsElsewhere(CustomProvider provider) {
        String baseUrl = provider == null ? null : provider.baseUrl();
        if (baseUrl == null || baseUrl.isBlank() || baseUrl.contains("${")) {
            return false;
        }
        try {
            String host = URI.create(baseUrl.trim()).getHost();
            return host != null && !(host.equalsIgnoreCase("openrouter.ai") || host.toLowerCase(Locale.ROOT).endsWith(".openrouter.ai"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Vendors vendors() {
        Vendors instance = vendors;
        if (instance == null) {
            try (InputStream in = OpenRouterModelId.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                instance = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            vendors = instance;
        }
        return instance;
    }

    static Vendors parse(String text) {
        ParseResult parsed = Json5Reader.read(new SourceFile("openrouter-vendors.json5", text));
        if (parsed.hasErrors() || !(parsed.value() instanceof Json5Object root)) {
            throw new IllegalStateException("bad openrouter-vendors.json5: " + parsed.diagnostics());
        }
        Set<String> routerIds = new TreeSet<>();
        if (root.get("routerIds") instanceof Json5Array ids) {
            for (Json5Value id : ids.elements()) {
                routerIds.add(((Json5String) id).value().toLowerCase(Locale.ROOT));
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (root.get("vendors") instanceof Json5Array rows) {
            for (Json5Value row : rows.elements()) {
                Json5Object o = (Json5Object) row;
                patterns.add(Pattern.compile(((Json5String) o.get("pattern")).value(), Pattern.CASE_INSENSITIVE));
                names.add(((Json5String) o.get("vendor")).value());
            }
        }
        Set<String> slugs = new TreeSet<>();
        for (String name : names) {
            slugs.add(name.toLowerCase(Locale.ROOT));
        }
        if (root.get("otherVendors") instanceof Json5Array others) {
            for (Json5Value slug : others.elements()) {
                slugs.add(((Json5String) slug).value().toLowerCase(Locale.ROOT));
            }
        }
        return new Vendors(Set.copyOf(routerIds), List.copyOf(patterns), List.copyOf(names), Set.copyOf(slugs));
    }
}
