package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.ProviderCatalog;
import dev.clawc.config.ProviderCatalog.BuiltinProvider;
import dev.clawc.config.Slot;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.DidYouMean;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code models.providers} entry OpenClaw refuses: a custom provider (an id that is not a bundled
 * overlay) without {@code baseUrl} or {@code models}, or a model row without {@code id} or
 * {@code name}, which every row needs, also under bundled providers (facts §5.2; OpenClaw's own docs
 * show rows with only {@code id}, which {@code config validate} rejects). The JSON Schema reports the
 * same gaps as {@code missing-key}; this rule says why and, for a missing {@code name}, fixes it.
 */
@RuleInfo(id = "custom-provider-incomplete", severity = Severity.ERROR, category = RuleCategory.PROVIDER, refusing = true, supersedesSchema = true,
        summary = "A custom provider without `baseUrl` or `models`, or a model row without `id` or `name`.")
public final class CustomProviderIncomplete implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        for (CustomProvider provider : config.providers().values()) {
            Json5Object body = provider.body();
            if (body == null) {
                continue; // not an object: the schema reports the type
            }
            if (!config.catalog().isOverlay(provider.id())) {
                checkProvider(context, provider, body);
            }
            if (provider.models() != null) {
                checkRows(context, provider);
            }
        }
    }

    private static void checkProvider(RuleContext context, CustomProvider provider, Json5Object body) {
        boolean noBaseUrl = body.member("baseUrl") == null;
        boolean noModels = body.member("models") == null;
        if (!noBaseUrl && !noModels) {
            return;
        }
        ConfigModel config = context.config();
        String id = provider.id();
        String what = noBaseUrl && noModels ? "`baseUrl` and `models`" : noBaseUrl ? "`baseUrl`" : "`models`";
        var d = context.diagnostic("custom provider `" + provider.member().name() + "` has no " + what)
                .at(provider.member().key().span(), "not a bundled provider, so it needs " + what)
                .path(provider.path())
                .note("`" + id + "` is not one of OpenClaw's bundled providers, so this entry defines a new one: OpenClaw"
                        + " needs its endpoint (`baseUrl`) and the models it serves (`models`), and `config validate`"
                        + " rejects the file without them (only bundled ids such as `openai` or `openrouter` may omit both)");
        String bundled = DidYouMean.closest(id, config.catalog().ids());
        if (bundled != null && !bundled.equals(id)) {
            d.help("if you meant the bundled provider `" + bundled + "`, name the entry `" + bundled
                    + "`; an entry for a bundled provider only overrides what you write");
        }
        if (noBaseUrl) {
            BuiltinProvider service = lookalike(id, config.catalog());
            if (service != null) {
                d.help("if `" + id + "` is " + service.id() + " itself, its endpoint is `baseUrl: \"" + service.baseUrl()
                        + "\"` (a proxy in front of it has its own)");
            } else {
                d.help("add `baseUrl: \"https://…/v1\"`, the server's endpoint (for an OpenAI-compatible server the URL"
                        + " before `/chat/completions`)");
            }
        }
        if (noModels) {
            List<String> used = modelsUsed(config, id);
            if (used.isEmpty()) {
                d.help("add `models: [{ id: \"<model id>\", name: \"<display name>\" }]` with the models you use from it");
            } else {
                StringBuilder rows = new StringBuilder();
                for (String model : used) {
                    rows.append(rows.length() == 0 ? "" : ", ").append("{ id: \"").append(model).append("\", name: \"")
                            .append(model).append("\" }");
                }
                d.help("add `models: [" + rows + "]`, the models the config uses from it");
            }
        }
        context.report(d);
    }

    private static void checkRows(RuleContext context, CustomProvider provider) {
        boolean overlay = context.config().catalog().isOverlay(provider.id());
        int index = 0;
        for (Json5Value element : provider.models().elements()) {
            ConfigPath rowPath = provider.path().key("models").index(index++);
            if (!(element instanceof Json5Object row)) {
                continue; // the schema reports the type
            }
            Json5Member idMember = row.member("id");
            Json5Member nameMember = row.member("name");
            String id = idMember != null && idMember.value() instanceof Json5String s && !s.value().isBlank() ? s.value() : null;
            if (idMember == null || nameMember == null) {
                String what = idMember == null && nameMember == null ? "`id` and `name`" : idMember == null ? "`id`" : "`name`";
                String rowName = id != null ? "model `" + id + "` of provider `" + provider.id() + "`"
                        : "model row `" + rowPath + "`";
                Span where = idMember != null ? idMember.span() : row.span();
                var d = context.diagnostic(rowName + " has no " + what)
                        .at(where, "this row needs " + what)
                        .path(rowPath)
                        .note("OpenClaw requires a non-empty `id` (sent to the provider) and `name` (shown in pickers) on every"
                                + " row of `models`, also under bundled providers; `config validate` rejects the file without them");
                if (overlay && idMember != null) {
                    d.note("OpenClaw's provider docs show rows with only `id` (like `{ id: \"gpt-5.5\", contextTokens: 160000 }`),"
                            + " but its validator does not accept them");
                }
                if (idMember == null) {
                    d.help("add `id`, the model id exactly as the provider expects it in requests");
                } else if (id != null && idMember.value() instanceof Json5String idNode && isPlainLiteral(idNode)) {
                    String insertion = ", " + keyLike(idMember, "name") + ": " + idNode.span().text();
                    d.help("add `name: \"" + id + "\"` (any display name works)")
                            .fix(Fix.replace("add `name: \"" + id + "\"`",
                                    new Span(idNode.span().file(), idNode.span().end(), idNode.span().end()), insertion));
                } else {
                    d.help("add `name`, the display name shown in pickers");
                }
                context.report(d);
            } else if (id != null && nameMember.value() instanceof Json5String name && name.value().isBlank()
                    && idMember.value() instanceof Json5String idNode && isPlainLiteral(idNode)) {
                context.report(context.diagnostic("model `" + id + "` of provider `" + provider.id() + "` has an empty `name`")
                        .at(name.span(), "must not be empty")
                        .path(rowPath.key("name"))
                        .note("OpenClaw requires a non-empty `name` (shown in pickers) on every row of `models`;"
                                + " `config validate` rejects an empty one")
                        .help("write the model id as its name: `name: \"" + id + "\"`")
                        .fix(Fix.replace("write `name: \"" + id + "\"`", name.span(), idNode.span().text())));
            }
        }
    }

    /** True when the node is written as a simple literal (no `${VAR}`, no escapes) that can be copied. */
    private static boolean isPlainLiteral(Json5String node) {
        String raw = node.span().text();
        return raw.length() >= 2 && !raw.contains("${") && !raw.contains("\\")
                && raw.substring(1, raw.length() - 1).equals(node.value());
    }

    /** A new key written like an existing one: bare, or quoted the same way. */
    private static String keyLike(Json5Member sibling, String key) {
        if (!sibling.key().quoted()) {
            return key;
        }
        char quote = sibling.key().span().text().charAt(0);
        return quote + key + quote;
    }


    /** A built-in provider with a concrete base URL whose id starts or resembles the custom id, or null. */
    static BuiltinProvider lookalike(String id, ProviderCatalog catalog) {
        String lower = id.toLowerCase(Locale.ROOT);
        BuiltinProvider best = null;
        int bestLength = 0;
        for (String candidate : catalog.ids()) {
            BuiltinProvider provider = catalog.get(candidate);
            if (provider.baseUrl() == null || provider.baseUrl().contains("{") || candidate.length() < 4) {
                continue;
            }
            if (lower.startsWith(candidate) && candidate.length() > bestLength) {
                best = provider;
                bestLength = candidate.length();
            }
        }
        if (best == null) {
            String close = DidYouMean.closest(lower, catalog.ids());
            BuiltinProvider provider = close == null ? null : catalog.get(close);
            if (provider != null && provider.baseUrl() != null && !provider.baseUrl().contains("{")) {
                best = provider;
            }
        }
        return best;
    }

    /** Model ids the config refers to under this provider (slots and models-map keys), in order. */
    private static List<String> modelsUsed(ConfigModel config, String providerId) {
        Set<String> out = new LinkedHashSet<>();
        for (Slot slot : config.slots()) {
            ConfigModel.Resolution resolution = config.resolve(slot.text(), slot.agentId());
            if (resolution != null && providerId.equals(resolution.ref().provider())) {
                out.add(resolution.ref().model());
            }
        }
        for (ModelEntry entry : config.modelEntries()) {
            if (entry.ref() != null && !entry.ref().isBare() && providerId.equals(entry.ref().provider())) {
                out.add(entry.ref().model());
            }
        }
        out.removeIf(model -> model.contains("${") || model.contains("\"") || model.isBlank());
        List<String> list = new ArrayList<>(out);
        return list.size() > 4 ? list.subList(0, 4) : list;
    }
}
