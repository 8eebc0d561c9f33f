package dev.clawc.cli;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ModelCatalog;
import dev.clawc.config.Route;
import dev.clawc.config.RoutePlanner;
import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Secrets;
import dev.clawc.diag.Severity;
import dev.clawc.payload.Explanation;
import dev.clawc.payload.FailoverRequests;
import dev.clawc.payload.OpenRouterModels;
import dev.clawc.payload.RequestContext;
import dev.clawc.payload.RequestPlanner;
import dev.clawc.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "explain",
        description = {"Show the HTTP request each model of each agent receives on the first turn of a new session:",
                "method, URL, headers and JSON body, as the target OpenClaw release sends them, with the reasons."},
        mixinStandardHelpOptions = true,
        versionProvider = ClawcVersion.class,
        footer = {"", "Exit status: 0 shown, 1 the config has errors (shown too), 2 usage or I/O error."})
final class ExplainCommand implements Callable<Integer> {
    static final List<String> THINKING_LEVELS = List.of("off", "minimal", "low", "medium", "high", "xhigh", "adaptive", "max");

    private final Streams streams;

    @Spec
    CommandSpec spec;

    @Option(names = "--agent", paramLabel = "ID", description = "Only this agent.")
    String agent;

    @Option(names = "--model", paramLabel = "REF",
            description = "Only this model ref; it need not be in the config (\"what would happen if I used X\").")
    String model;

    @Option(names = "--thinking", paramLabel = "LEVEL",
            description = "Thinking level, as in `openclaw agent --thinking`: off, minimal, low, medium, high, xhigh, adaptive, max.")
    String thinking;

    @Option(names = "--openrouter-models", paramLabel = "FILE|none",
            description = "OpenRouter model list (GET /api/v1/models format) the gateway has cached; `none` when it could not fetch it.")
    String openRouterModels;

    @Option(names = "--fresh-install", description = "Model the first turn ever of a new gateway (nothing cached yet).")
    boolean freshInstall;

    @Option(names = "--format", defaultValue = "human", paramLabel = "human|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--no-color", description = "Never colour the output (NO_COLOR is respected too).")
    boolean noColor;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "The config to explain; - reads standard input.")
    String file;

    ExplainCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        List<AnalysisResult> problems = new ArrayList<>();
        AnalysisSettings settings = analysis.settings(cl, streams, problems, file);
        if (thinking != null && !THINKING_LEVELS.contains(thinking)) {
            throw new CommandLine.ParameterException(cl, "--thinking must be one of " + String.join(", ", THINKING_LEVELS)
                    + ", got '" + thinking + "'");
        }
        OpenRouterModels models = null;
        if (openRouterModels != null && !openRouterModels.equals("none")) {
            try {
                models = OpenRouterModels.read(Path.of(openRouterModels));
            } catch (IOException | RuntimeException e) {
                streams.err().println("clawc: cannot read --openrouter-models " + openRouterModels + ": " + e.getMessage());
                return ExitCode.USAGE_OR_IO;
            }
        }
        AnalysisResult result = Analysis.analyze(Input.read(file, streams.in(), analysis.maxFileBytes(spec.commandLine())), settings);
        if (result.ioFailure() || problems.stream().anyMatch(AnalysisResult::ioFailure)) {
            problems.add(result);
            new Reporter(format, Terminal.useColor(noColor, streams.env())).report(problems, streams.out());
            return ExitCode.USAGE_OR_IO;
        }
        ConfigModel config = result.model();
        if (config == null) {
            new Reporter(format, Terminal.useColor(noColor, streams.env())).report(List.of(result), streams.out());
            return ExitCode.FINDINGS;
        }
        if (agent != null && config.agent(agent) == null && !(config.agents().isEmpty() && agent.equals("main"))) {
            throw new CommandLine.ParameterException(cl, "no agent '" + agent + "' in " + file + "; agents: "
                    + String.join(", ", new RoutePlanner(config, settings.environment().asMap()).agentIds()));
        }
        Diagnostic refusal = result.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR && RuleRegistry.refusing(d.rule()))
                .findFirst().orElse(null);

        RoutePlanner planner = new RoutePlanner(config, settings.environment().asMap());
        List<Explanation> explanations = new ArrayList<>();
        List<String> agents = agent != null ? List.of(agent) : planner.agentIds();
        for (String agentId : agents) {
            List<Route> routes = new ArrayList<>();
            if (model != null) {
                Route route = planner.route(agentId, "model", null, model);
                if (route == null) {
                    throw new CommandLine.ParameterException(cl, "'" + model + "' is not a model ref");
                }
                routes.add(route);
            } else {
                routes.addAll(planner.chain(agentId));
            }
            List<Explanation> perAgent = new ArrayList<>();
            for (Route route : routes) {
                if (refusal != null) {
                    perAgent.add(Explanation.refused(route, "OpenClaw " + result.version().version()
                            + " refuses this config and sends no request: " + refusal.message() + " (" + refusal.rule() + " at "
                            + (refusal.span() == null ? refusal.fileName() : refusal.span()) + ")"));
                    continue;
                }
                Boolean known = ModelCatalog.bundled().knownToOpenClaw(route.provider(), route.upstreamId(), config.version());
                if (Boolean.FALSE.equals(known)) {
                    String reason = ModelCatalog.bundled().refusalReason(route.provider(), route.upstreamId(), config.version());
                    perAgent.add(Explanation.refused(route, "OpenClaw " + config.version() + " sends no request: "
                            + (reason != null ? reason : "Unknown model: " + route.key()) + " (its built-in model catalog"
                            + " does not list this id)"));
                    continue;
                }
                RequestContext context = new RequestContext(config, route, thinking, freshInstall, models, settings.environment().asMap());
                perAgent.add(RequestPlanner.explain(context));
            }
            // a whole chain: each fallback also gets the request it receives after the models before it failed
            explanations.addAll(model == null && refusal == null ? FailoverRequests.attach(config, routes, perAgent) : perAgent);
        }
        ExplainRenderer renderer = new ExplainRenderer(format, Terminal.useColor(noColor, streams.env()));
        // A model ref can come from `${VAR}` whose value is a key (fuzz finding, bench/fuzz.md): mask the whole report.
        streams.out().print(Secrets.maskKeyShaped(renderer.render(result, explanations)));
        streams.out().flush();
        boolean errors = result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        return errors ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
