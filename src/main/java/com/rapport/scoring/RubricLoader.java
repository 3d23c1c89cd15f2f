package com.rapport.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Problem;
import com.rapport.scenario.StrictYaml;

/**
 * Reads {@code rubric.yaml} strictly, like a scenario: every criterion present with levels 0-4, every signal
 * well-formed, every phrase compilable. A rubric file that fails leaves the built-in rubric in use.
 */
public final class RubricLoader {

    /** The file name of the rubric inside the scenarios folder. */
    public static final String FILE_NAME = "rubric.yaml";
    private static final String BUILT_IN = "/rapport/rubric.yaml";

    /** The rubric in use, where it came from, and what was wrong with the trainers' file if anything. */
    public record Loaded(Rubric rubric, String source, List<Problem> problems) {
    }

    private RubricLoader() {
    }

    /** The rubric in the scenarios folder if it is valid, otherwise the one built into Rapport. */
    public static Loaded load(Path scenariosDir) {
        Path file = scenariosDir.resolve(FILE_NAME);
        var problems = new ArrayList<Problem>();
        if (Files.exists(file)) {
            var read = com.rapport.scenario.ScenarioFiles.withDefaultLimit().read(file, FILE_NAME);
            if (read.content() == null) {
                problems.add(Objects.requireNonNull(read.refused()));
            } else {
                var result = parse(FILE_NAME, read.content());
                problems.addAll(result.problems());
                if (result.rubric() != null) {
                    return new Loaded(result.rubric(), file.toString(), problems);
                }
            }
        }
        return new Loaded(builtIn(), "built-in", problems);
    }

    public static Rubric builtIn() {
        try (InputStream in = RubricLoader.class.getResourceAsStream(BUILT_IN)) {
            var result = parse("built-in " + FILE_NAME, Objects.requireNonNull(in, BUILT_IN).readAllBytes());
            if (result.rubric() == null) {
                throw new IllegalStateException("The built-in rubric is invalid: " + result.problems());
            }
            return result.rubric();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Result(@Nullable Rubric rubric, List<Problem> problems) {
    }

    public static Result parse(String file, byte[] content) {
        var document = new StrictYaml().read(file, content, Rubric.class);
        Rubric rubric = document.value();
        if (rubric == null) {
            return new Result(null, document.problems());
        }
        var problems = new ArrayList<Problem>();
        check(document, rubric, problems);
        boolean errors = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        return new Result(errors ? null : rubric, List.copyOf(problems));
    }

    private static void check(StrictYaml.Document<Rubric> doc, Rubric rubric, List<Problem> problems) {
        if (rubric.paraphraseThreshold() == null || rubric.paraphraseThreshold() <= 0
                || rubric.paraphraseThreshold() >= 1) {
            problems.add(doc.problemAt("/paraphrase-threshold", Problem.Severity.ERROR,
                    "paraphrase-threshold must be a number between 0 and 1"));
        }
        if (rubric.intentThreshold() == null || rubric.intentThreshold() <= 0 || rubric.intentThreshold() >= 1) {
            problems.add(doc.problemAt("/intent-threshold", Problem.Severity.ERROR,
                    "intent-threshold must be a number between 0 and 1"));
        }
        if (!rubric.genericReplyList().isEmpty() && (rubric.relevanceMargin() == null
                || rubric.relevanceMargin() <= -1 || rubric.relevanceMargin() >= 1)) {
            problems.add(doc.problemAt("/relevance-margin", Problem.Severity.ERROR,
                    "relevance-margin must be a number between -1 and 1 when generic-replies are given"));
        }
        if (rubric.genericReplies() != null && rubric.genericReplyList().stream().anyMatch(String::isBlank)) {
            problems.add(doc.problemAt("/generic-replies", Problem.Severity.ERROR, "a generic reply is empty"));
        }
        if (rubric.negationsByLanguage() != null) {
            rubric.negationsByLanguage().keySet().stream().filter(l -> !Rubric.OTHER_LANGUAGES.contains(l))
                    .forEach(l -> problems.add(doc.problemAt("/negations-by-language/" + l, Problem.Severity.ERROR,
                            "unknown language '" + l + "'; known: " + Rubric.OTHER_LANGUAGES)));
        }
        Map<Criterion, Rubric.CriterionRubric> criteria = rubric.criteria() == null ? Map.of() : rubric.criteria();
        for (Criterion criterion : Criterion.values()) {
            if (!criteria.containsKey(criterion)) {
                problems.add(doc.problemAt("/criteria", Problem.Severity.ERROR,
                        "criterion '" + criterion.id() + "' is missing; the rubric must describe all eight"));
            }
        }
        var ids = new HashSet<String>();
        criteria.forEach((criterion, spec) -> {
            String at = "/criteria/" + criterion.id();
            if (spec.description() == null || spec.description().isBlank()) {
                problems.add(doc.problemAt(at, Problem.Severity.ERROR, "missing required key 'description'"));
            }
            for (int level = 0; level <= 4; level++) {
                if (spec.levels() == null || !spec.levels().containsKey(level)) {
                    problems.add(doc.problemAt(at + "/levels", Problem.Severity.ERROR,
                            "level " + level + " of '" + criterion.id() + "' is not described"));
                }
            }
            if (spec.baseline() == null || spec.baseline() < 0 || spec.baseline() > 4) {
                problems.add(doc.problemAt(at + "/baseline", Problem.Severity.ERROR, "baseline must be a level 0-4"));
            }
            if (spec.weight() == null || spec.weight() <= 0) {
                problems.add(doc.problemAt(at + "/weight", Problem.Severity.ERROR, "weight must be above 0"));
            }
            var signals = spec.signals() == null ? List.<Rubric.Signal>of() : spec.signals();
            for (int i = 0; i < signals.size(); i++) {
                checkSignal(doc, at + "/signals/" + i, signals.get(i), ids, problems);
            }
        });
    }

    private static void checkSignal(StrictYaml.Document<Rubric> doc, String at, Rubric.Signal signal,
            HashSet<String> ids, List<Problem> problems) {
        if (signal.id() == null || !ids.add(signal.id())) {
            problems.add(doc.problemAt(at + "/id", Problem.Severity.ERROR,
                    signal.id() == null ? "missing required key 'id'" : "signal id '" + signal.id() + "' is used twice"));
        }
        if (signal.kind() == null) {
            problems.add(doc.problemAt(at, Problem.Severity.ERROR, "missing required key 'kind'"));
        } else if (signal.kind() == Rubric.Kind.VIOLATION && signal.severity() == null) {
            problems.add(doc.problemAt(at, Problem.Severity.ERROR, "a violation needs a severity"));
        } else if (signal.kind() == Rubric.Kind.CREDIT && (signal.creditPoints() < 1 || signal.creditPoints() > 4)) {
            problems.add(doc.problemAt(at + "/points", Problem.Severity.ERROR, "credit points must be from 1 to 4"));
        }
        if (signal.reason() == null || signal.reason().isBlank()) {
            problems.add(doc.problemAt(at, Problem.Severity.ERROR, "missing required key 'reason'"));
        }
        if (signal.phraseList().isEmpty() && signal.exampleList().isEmpty()) {
            problems.add(doc.problemAt(at, Problem.Severity.WARNING,
                    "signal '" + signal.id() + "' has no phrases and no examples, so it never fires"));
        }
        if (signal.kind() == Rubric.Kind.VIOLATION && !signal.exampleList().isEmpty()) {
            problems.add(doc.problemAt(at + "/examples", Problem.Severity.WARNING,
                    "examples are used for credit signals only; violations need phrases"));
        }
        checkPhrases(doc, at + "/phrases/", signal.phraseList(), problems);
        checkPhrases(doc, at + "/except/", signal.exceptList(), problems);
        if (signal.phrasesByLanguage() != null) {
            signal.phrasesByLanguage().forEach((language, phrases) -> {
                String where = at + "/phrases-by-language/" + language;
                if (!Rubric.OTHER_LANGUAGES.contains(language)) {
                    problems.add(doc.problemAt(where, Problem.Severity.ERROR,
                            "unknown language '" + language + "'; known: " + Rubric.OTHER_LANGUAGES));
                }
                checkPhrases(doc, where + "/", phrases == null ? List.of() : phrases, problems);
            });
        }
    }

    /** Every phrase, in any language, must be compilable: balanced parentheses, not empty. */
    private static void checkPhrases(StrictYaml.Document<Rubric> doc, String at, List<String> phrases,
            List<Problem> problems) {
        for (int p = 0; p < phrases.size(); p++) {
            String phrase = phrases.get(p);
            if (phrase == null || phrase.isBlank()) {
                problems.add(doc.problemAt(at + p, Problem.Severity.ERROR, "a phrase is empty"));
            } else if (!balanced(phrase)) {
                problems.add(doc.problemAt(at + p, Problem.Severity.ERROR,
                        "unbalanced parentheses in phrase \"" + phrase + "\""));
            }
        }
    }

    private static boolean balanced(String phrase) {
        int depth = 0;
        for (char c : phrase.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
