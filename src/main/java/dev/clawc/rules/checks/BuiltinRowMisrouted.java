package dev.clawc.rules.checks;

import dev.clawc.config.BuiltinRows;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.ProviderCatalog.BuiltinProvider;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.List;

/**
 * A model row added under a built-in provider (say {@code models.providers.google.models[]}) with no {@code api}
 * or {@code baseUrl} on the row or its provider entry. The releases in the switch's range do not inherit the
 * built-in provider's transport for such a row: they send its requests as OpenAI Responses to api.openai.com,
 * with the provider's credential, or (later) refuse to send them (openclaw/openclaw#126529; captured, see the switch).
 */
@RuleInfo(id = "builtin-row-misrouted", severity = Severity.ERROR, category = RuleCategory.PROVIDER, when = "builtinRowTransport!=provider",
        summary = "A model row under a built-in provider without `api`/`baseUrl`, which the release sends to api.openai.com or refuses.")
public final class BuiltinRowMisrouted implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        for (CustomProvider provider : config.providers().values()) {
            for (CustomProvider.Row row : provider.rows()) {
                BuiltinRows.Fate fate = BuiltinRows.fate(config, provider, row.body());
                if (fate != BuiltinRows.Fate.PROVIDER) {
                    report(context, provider, config.catalog().get(provider.id()), row.body(), row.path(), fate);
                }
            }
        }
    }

    private static void report(RuleContext context, CustomProvider provider, BuiltinProvider builtin, Json5Object row,
            ConfigPath rowPath, BuiltinRows.Fate fate) {
        Json5Member idMember = row.member("id");
        String id = idMember != null && idMember.value() instanceof Json5String s ? s.value() : null;
        String release = "OpenClaw " + context.config().version();
        String name = id == null ? "model row `" + rowPath + "`" : "model `" + provider.id() + "/" + id + "`";
        boolean sends = fate == BuiltinRows.Fate.OPENAI;
        var d = context.diagnostic(name + (sends ? " is sent to api.openai.com" : " gets no answer") + ": its row under the"
                        + " built-in provider `" + provider.id() + "` has no `api` or `baseUrl`")
                .at(idMember != null ? idMember.span() : row.span(), "no `api`/`baseUrl` here or on `models.providers."
                        + provider.id() + "`")
                .path(rowPath)
                .note(sends ? release + " does not give a row added to a built-in provider that provider's transport: it sends"
                        + " the model's requests as OpenAI Responses (`POST https://api.openai.com/v1/responses`) with the `"
                        + provider.id() + "` credential, which OpenAI answers with 401 (openclaw/openclaw#126529)"
                        : release + " does not give a row added to a built-in provider that provider's transport: it picks the"
                        + " OpenAI Responses API for it and then refuses to send (`Provider \"" + provider.id() + "\" requires an"
                        + " explicit base URL before using an OpenAI-compatible API`), so every turn on this model fails"
                        + " (openclaw/openclaw#126529)")
                .help("add `api: \"" + builtin.api() + "\"`" + (builtin.baseUrl() == null ? "" : " and `baseUrl: \"" + builtin.baseUrl()
                        + "\"`") + " to the row (or to `models.providers." + provider.id() + "`)");
        if (builtin.baseUrl() != null) {
            int open = row.span().start() + 1;
            boolean quoted = idMember != null && idMember.key().quoted();
            String api = quoted ? "\"api\"" : "api";
            String baseUrl = quoted ? "\"baseUrl\"" : "baseUrl";
            d.fix(new Fix("add `api` and `baseUrl` of the built-in `" + provider.id() + "` provider to the row", List.of(new Fix.Edit(
                    row.span().file().span(open, open), " " + api + ": \"" + builtin.api() + "\", " + baseUrl + ": \""
                            + builtin.baseUrl() + "\","))));
        }
        context.report(d);
    }
}
