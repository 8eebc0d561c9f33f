package dev.clawc.rules.checks;

import dev.clawc.config.Nodes;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tailscale serve or funnel ({@code gateway.tailscale.mode}) with a gateway bound beyond loopback
 * ({@code gateway.bind} other than {@code loopback}, unless {@code custom} with a 127.x.y.z
 * {@code customBindHost}). Tailscale proxies to the loopback port, so OpenClaw's validator refuses the config
 * rather than expose the gateway on the LAN as well; the gateway does not start. An unset bind is loopback, an unset
 * mode is off.
 */
@RuleInfo(id = "tailscale-non-loopback-bind", severity = Severity.ERROR, category = RuleCategory.VALIDATOR, refusing = true,
        supersedesSchema = true, when = "tailscaleBindValidated",
        summary = "Tailscale serve/funnel with `gateway.bind` other than loopback: OpenClaw refuses the config.")
public final class TailscaleNonLoopbackBind implements Rule {
    /** Four decimal octets without leading zeros, as OpenClaw's canonical-IPv4 test accepts them. */
    private static final Pattern CANONICAL_IPV4 = Pattern.compile("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}");

    @Override
    public void check(RuleContext context) {
        Json5Object gateway = Nodes.object(context.config().root(), "gateway");
        Json5String mode = tailscaleExposure(gateway);
        if (mode == null || !(gateway.get("bind") instanceof Json5String bind) || bind.value().equals("loopback")) {
            return;
        }
        if (bind.value().equals("custom") && isLoopbackIpv4(Nodes.string(gateway.get("customBindHost")))) {
            return;
        }
        context.report(context.diagnostic("`gateway.bind: \"" + bind.value() + "\"` with Tailscale " + mode.value()
                        + ": OpenClaw " + context.version() + " refuses the config")
                .at(bind.span(), "not loopback")
                .label(mode.span(), "Tailscale " + mode.value() + " proxies to the gateway's loopback port")
                .path(ConfigPath.of("gateway", "bind"))
                .note("OpenClaw's message: `gateway.bind must resolve to loopback when gateway.tailscale.mode=" + mode.value()
                        + "`; the gateway does not start")
                .help("bind to loopback (`gateway.bind: \"loopback\"`, or `\"custom\"` with `gateway.customBindHost:"
                        + " \"127.0.0.1\"`), or turn Tailscale off to keep the LAN bind")
                .fix(new Fix("bind the gateway to loopback", List.of(new Fix.Edit(bind.span(), RetiredModel.quoted(bind.span(), "loopback"))), true)));
    }

    /** {@code gateway.tailscale.mode} when it is serve or funnel (the modes that need these checks), else null. */
    static Json5String tailscaleExposure(Json5Object gateway) {
        if (gateway != null && Nodes.at(gateway, "tailscale", "mode") instanceof Json5String mode
                && (mode.value().equals("serve") || mode.value().equals("funnel"))) {
            return mode;
        }
        return null;
    }

    static boolean isLoopbackIpv4(String host) {
        if (host == null || !CANONICAL_IPV4.matcher(host).matches()) {
            return false;
        }
        for (String octet : host.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return host.startsWith("127.");
    }

}
