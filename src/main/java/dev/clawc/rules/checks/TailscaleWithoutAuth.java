package dev.clawc.rules.checks;

import dev.clawc.config.Nodes;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;

/**
 * Tailscale serve or funnel with {@code gateway.auth.mode: "none"}: the gateway would be reachable on the tailnet
 * (serve) or the internet (funnel) without authentication, and OpenClaw's validator refuses the config, so the
 * gateway does not start. Funnel needs password auth; serve accepts token, password or trusted-proxy.
 */
@RuleInfo(id = "tailscale-without-auth", severity = Severity.ERROR, category = RuleCategory.VALIDATOR, refusing = true,
        supersedesSchema = true, when = "tailscaleAuthValidated",
        summary = "Tailscale serve/funnel with `gateway.auth.mode: \"none\"`: OpenClaw refuses the config.")
public final class TailscaleWithoutAuth implements Rule {

    @Override
    public void check(RuleContext context) {
        Json5Object gateway = Nodes.object(context.config().root(), "gateway");
        Json5String mode = TailscaleNonLoopbackBind.tailscaleExposure(gateway);
        if (mode == null || !(Nodes.at(gateway, "auth", "mode") instanceof Json5String auth) || !auth.value().equals("none")) {
            return;
        }
        boolean funnel = mode.value().equals("funnel");
        context.report(context.diagnostic("`gateway.auth.mode: \"none\"` with Tailscale " + mode.value() + ": OpenClaw "
                        + context.version() + " refuses the config")
                .at(auth.span(), "no authentication")
                .label(mode.span(), funnel ? "Funnel publishes the gateway on the internet" : "Serve publishes the gateway on your tailnet")
                .path(ConfigPath.of("gateway", "auth", "mode"))
                .note("the gateway does not start rather than serve unauthenticated requests from "
                        + (funnel ? "the internet" : "the tailnet"))
                .help(funnel ? "Funnel requires `gateway.auth.mode: \"password\"` (with `gateway.auth.password`)"
                        : "use `gateway.auth.mode` `\"token\"`, `\"password\"` or `\"trusted-proxy\"` with its credential"));
    }
}
