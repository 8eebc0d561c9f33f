package dev.clawc.rules.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.DidYouMean;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.release.Releases;
import dev.clawc.schema.SchemaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A key under {@code channels} that is no channel of the chosen release. OpenClaw accepts only its bundled
 * channels, {@code defaults} and {@code modelByChannel} there, plus channels that installed plugins declare; any
 * other id refuses the whole config ({@code unknown channel id: <id>}), on every release. The schema leaves
 * {@code channels} open, so this rule is what finds it. The bundled channels of a release are the ones its own
 * config schema describes (a channel added in a later release, such as {@code buzz}, is unknown before it);
 * releases whose schema does not describe their bundled channels (the zod era) are not judged.
 */
@RuleInfo(id = "unknown-channel", severity = Severity.ERROR, category = RuleCategory.VALIDATOR, refusing = true,
        summary = "A key under `channels` that the chosen OpenClaw release does not know as a channel.")
public final class UnknownChannel implements Rule {
    /** Accepted beside the channels by the releases whose schema leaves {@code channels} open to plugins. */
    private static final List<String> SETTINGS = List.of("defaults", "modelByChannel");

    @Override
    public void check(RuleContext context) {
        if (!(context.config().root().get("channels") instanceof Json5Object channels)) {
            return;
        }
        Set<String> known = channelsOf(context.version());
        if (known.isEmpty()) {
            return; // a release whose schema names no channels: nothing to judge by
        }
        boolean pluginsFromOutside = loadsOutsidePlugins(context.config().root());
        for (Json5Member channel : channels.members()) {
            String id = channel.name().trim();
            if (id.isEmpty() || known.contains(id)) {
                continue;
            }
            Severity severity = pluginsFromOutside || namedByPlugins(context.config().root(), id) ? Severity.WARNING : Severity.ERROR;
            var d = context.diagnostic(severity, "unknown channel id `" + id + "`")
                    .at(channel.key().span(), "not a channel of OpenClaw " + context.version())
                    .path(ConfigPath.of("channels", channel.name()))
                    .note("OpenClaw " + context.version() + " refuses the config: `unknown channel id: " + id + "`, unless an"
                            + " installed plugin declares that channel");
            dev.clawc.config.KeyHistory.RetiredKey retired = retiredSection(channel);
            if (retired != null) {
                // a section OpenClaw's own doctor deletes (`channels.webchat is retired`): its removal is the migration
                d.note(retired.note()).help("remove it, as `openclaw doctor --fix` does")
                        .fix(new dev.clawc.diag.Fix("remove `" + channel.name() + "`", RetiredKey.removal(channel)));
                context.report(d);
                continue;
            }
            String closest = DidYouMean.closest(id, known);
            OpenClawVersion newest = Releases.bundled().newest();
            if (!Releases.bundled().factsFor(context.version()).equals(newest) && channelsOf(newest).contains(id)) {
                d.help("`" + id + "` is a channel of newer releases (OpenClaw " + newest + " has it): upgrade OpenClaw,"
                        + " or remove the section");
            } else if (closest != null) {
                d.help("did you mean `" + closest + "`?");
            } else {
                d.help("channels of OpenClaw " + context.version() + ": " + String.join(", ", channelsOnly(known)));
            }
            if (severity == Severity.WARNING) {
                d.note("this config loads plugins that clawc cannot see into; one of them may declare `" + id + "`");
            }
            context.report(d);
        }
    }

    /** The retired-channel entry (rules/openclaw/keys.json5, reported by this rule) whose migration removes the section, or null. */
    private static dev.clawc.config.KeyHistory.RetiredKey retiredSection(Json5Member channel) {
        dev.clawc.config.KeyHistory.RetiredKey entry = dev.clawc.config.KeyHistory.bundled().retiredAt(ConfigPath.of("channels", channel.name()));
        return entry != null && "unknown-channel".equals(entry.reportedBy()) && entry.repair() == dev.clawc.config.KeyHistory.Repair.REMOVE
                ? entry : null;
    }

    /** The keys a release accepts under {@code channels} without plugins: its schema's channels and settings. */
    private static Set<String> channelsOf(OpenClawVersion release) {
        JsonNode schema = SchemaValidator.forRelease(release).section("channels");
        if (!schema.path("additionalProperties").asBoolean(false)) {
            // Releases whose schema came from zod list only the core channels; their bundled extension channels
            // (matrix, msteams, ...) are accepted too but named nowhere in the schema, so they are not judged.
            return Set.of();
        }
        Set<String> known = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(known::add);
        if (!known.isEmpty()) {
            known.addAll(SETTINGS); // the settings keys are accepted even where the schema omits them
        }
        return known;
    }

    /** Plugins that may declare channels clawc cannot know: load paths or installs recorded in the config. */
    private static boolean loadsOutsidePlugins(Json5Object root) {
        if (!(root.get("plugins") instanceof Json5Object plugins)) {
            return false;
        }
        boolean paths = plugins.get("load") instanceof Json5Object load && load.get("paths") instanceof Json5Array list
                && !list.elements().isEmpty();
        boolean installs = plugins.get("installs") instanceof Json5Object installed && !installed.members().isEmpty();
        return paths || installs;
    }

    /** The channel id is also a plugin id the config enables or allows (a channel plugin of that name). */
    private static boolean namedByPlugins(Json5Object root, String id) {
        if (!(root.get("plugins") instanceof Json5Object plugins)) {
            return false;
        }
        if (plugins.get("entries") instanceof Json5Object entries && entries.get(id) != null) {
            return true;
        }
        return plugins.get("allow") instanceof Json5Array allow && allow.elements().stream()
                .anyMatch(v -> v instanceof dev.clawc.json5.Json5String s && s.value().equals(id));
    }

    private static List<String> channelsOnly(Set<String> known) {
        List<String> list = new ArrayList<>(known);
        list.removeAll(SETTINGS);
        return list;
    }
}
