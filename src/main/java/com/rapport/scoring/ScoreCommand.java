package com.rapport.scoring;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioCatalog;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rapport score --text "…" [--scenario ID --node ID] [--set name=value]… [--file replies.csv]
 * [--scenarios-dir DIR]}: scores replies without starting the web server and prints one JSON object per reply.
 */
public final class ScoreCommand {

    static final String USAGE = """
            usage: java -jar rapport.jar score --text "REPLY" [--scenario ID --node ID] [--set name=value]...
                   java -jar rapport.jar score --file replies.csv [--scenario ID --node ID] [--set name=value]...
              --text            the reply to score
              --file            a CSV file with a header row and a 'text' column; optional columns 'scenario',
                                'node' and 'identity_verified' override the options per row; one JSON line per row
              --scenario, --node   the moment in a scenario the reply answers (protected facts, intents)
              --set name=value  a flag of the call, e.g. --set identity_verified=true
              --scenarios-dir   where scenarios and rubric.yaml live (default: scenarios)
            Without a scenario the context is a generic phone call from someone whose identity is not verified.
            Prints per reply: criteria, violations, intent, confidence, language ("en", "es", "und") and scored (false
            when the reply cannot be read, or has no sentence in it: keywords, emoji, noise); with --scenario and
            --node also percent, the share of that moment's points the play view gives the reply, and scored is false
            when it matches none of the moment's intents.
            Personal details that look real are replaced by tags ([PHONE], [SSN] ...) before scoring, as in the play
            view, and the tags are listed under "redacted".""";

    private final PrintStream out;
    private final PrintStream err;

    public ScoreCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Exit code: 0 scored, 1 bad input (unknown scenario, unreadable file), 2 usage. */
    public int run(List<String> args) {
        String text = null;
        Path file = null;
        String scenarioId = null;
        String nodeId = null;
        Path scenariosDir = Path.of("scenarios");
        var flags = new LinkedHashMap<String, Boolean>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (i + 1 >= args.size()) {
                return usage("missing value for " + arg);
            }
            String value = args.get(++i);
            switch (arg) {
                case "--text" -> text = value;
                case "--file" -> file = Path.of(value);
                case "--scenario" -> scenarioId = value;
                case "--node" -> nodeId = value;
                case "--scenarios-dir" -> scenariosDir = Path.of(value);
                case "--set" -> {
                    int eq = value.indexOf('=');
                    if (eq < 1) {
                        return usage("--set takes name=value, not " + value);
                    }
                    flags.put(value.substring(0, eq), Boolean.parseBoolean(value.substring(eq + 1)));
                }
                default -> {
                    return usage("unknown option " + arg);
                }
            }
        }
        if ((text == null) == (file == null)) {
            return usage("give exactly one of --text and --file");
        }
        if (text != null && text.isBlank()) {
            return usage("--text is empty: give the reply to score");
        }
        if (nodeId != null && scenarioId == null) {
            return usage("--node needs --scenario");
        }
        // the sentence model loads on its own thread while the rubric is read (each takes about half a second)
        var embedder = new MiniLmEmbedder();
        embedder.loadInBackground();
        var loaded = RubricLoader.load(scenariosDir);
        loaded.problems().forEach(p -> err.println(p));
        Path dir = scenariosDir;
        var scenarios = new java.util.HashMap<String, java.util.Optional<Scenario>>();
        java.util.function.Function<String, java.util.Optional<Scenario>> catalog =
                id -> scenarios.computeIfAbsent(id, k -> ScenarioCatalog.load(dir, k));
        var scorer = new Scorer(loaded.rubric(), embedder);
        var json = JsonMapper.builder().build();
        try {
            if (text != null) {
                var context = context(catalog, dir, scenarioId, nodeId, flags);
                out.println(json.writeValueAsString(json(scorer, text, context)));
                return 0;
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                var csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
                if (!csv.getHeaderMap().containsKey("text")) {
                    err.println(file + ": the CSV needs a header row with a 'text' column");
                    return 1;
                }
                for (CSVRecord row : csv) {
                    var rowFlags = new LinkedHashMap<>(flags);
                    String verified = optional(row, "identity_verified");
                    if (verified != null) {
                        rowFlags.put("identity_verified", Boolean.parseBoolean(verified));
                    }
                    String rowScenario = optional(row, "scenario");
                    String rowNode = optional(row, "node");
                    var context = context(catalog, dir, rowScenario != null ? rowScenario : scenarioId,
                            rowNode != null ? rowNode : nodeId, rowFlags);
                    out.println(json.writeValueAsString(json(scorer, row.get("text"), context)));
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(CsvProblems.describe(file, e));
            return 1;
        }
    }

    /**
     * The reply's reading; at a moment of a scenario, also whether it was scored there (false when it matched none
     * of the moment's intents, or could not be read) and the share of the moment's points the play view gives it.
     */
    private static Map<String, Object> json(Scorer scorer, String typed, ReplyContext context) {
        var redaction = Redactor.of(context.scenario(), Year.now()).redact(typed);
        String text = redaction.text();
        var json = context.node() == null ? ScoreJson.of(scorer.score(text, context))
                : ScoreJson.of(scorer.scoreMoment(text, context));
        if (redaction.changed()) {
            json.put("redacted", redaction.kinds().stream().map(Redactor.Kind::tag).distinct().toList());
        }
        return json;
    }

    private static @Nullable String optional(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column).trim();
        return value.isEmpty() || value.equals("none") ? null : value;
    }

    private static ReplyContext context(java.util.function.Function<String, java.util.Optional<Scenario>> catalog,
            Path dir, @Nullable String scenarioId, @Nullable String nodeId, Map<String, Boolean> flags) {
        if (scenarioId == null) {
            return new ReplyContext(null, null, flags);
        }
        Scenario scenario = catalog.apply(scenarioId)
                .orElseThrow(() -> new IllegalArgumentException("no scenario '" + scenarioId + "' in "
                        + dir.toAbsolutePath() + " (--scenarios-dir says where the scenarios are)"));
        if (nodeId != null && !scenario.nodes().containsKey(nodeId)) {
            throw new IllegalArgumentException("scenario '" + scenarioId + "' has no node '" + nodeId + "'");
        }
        return new ReplyContext(scenario, nodeId, flags);
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.println(USAGE);
        return 2;
    }

}
