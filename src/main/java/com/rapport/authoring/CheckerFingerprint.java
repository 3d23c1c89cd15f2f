package com.rapport.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.rapport.scenario.Scenario;
import com.rapport.scoring.Rubric;
import com.rapport.scoring.Scorer;

/**
 * What decides the example checks' verdicts besides the scenario file: the code that scores and checks (every class
 * of the scoring and scenario features and the validator, hashed as compiled, so any change to them counts, and the
 * learned detectors the scorer ships), the sentence model and the libraries that run it (named with their
 * versions), and the rubric in use (as read, so an
 * edit to {@code rubric.yaml}, or falling back to the built-in one, counts; comments do not). The import at start
 * checks a file's examples again only when this or the file changed.
 */
final class CheckerFingerprint {

    /**
     * Raised by hand when what the checks find changes in a way none of the above shows (nothing known today).
     */
    static final String VERSION = "example-checks/1";

    /** The classes whose libraries run the model; their jars' names carry the versions. */
    private static final List<String> MODEL_LIBRARIES = List.of(
            "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel",
            "dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder", "ai.onnxruntime.OrtSession",
            "ai.djl.huggingface.tokenizers.HuggingFaceTokenizer");

    private CheckerFingerprint() {
    }

    /** The fingerprint for checks made with this rubric; the same in every process running the same build. */
    static String of(Rubric rubric) {
        var digest = sha256();
        update(digest, VERSION);
        update(digest, "rubric " + rubric);
        for (String library : MODEL_LIBRARIES) {
            update(digest, "library " + library + " " + jarOf(library));
        }
        classes(digest, Scorer.class, "**/*.class");
        update(digest, "learned detectors");
        digest.update(Scorer.learnedDetectors());
        classes(digest, Scenario.class, "**/*.class");
        classes(digest, ScenarioValidator.class, "ScenarioValidator*.class");
        classes(digest, ExampleChecks.class, "ExampleChecks*.class");
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every compiled class beside {@code anchor} (same folder or jar) matching the pattern, in name order. */
    private static void classes(MessageDigest digest, Class<?> anchor, String pattern) {
        URL own = anchor.getResource(anchor.getSimpleName() + ".class");
        if (own == null) {
            throw new IllegalStateException("cannot find the compiled " + anchor.getName());
        }
        String url = own.toString();
        String folder = url.substring(0, url.lastIndexOf('/') + 1);
        try {
            var found = new TreeMap<String, Resource>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(folder + pattern)) {
                String name = resource.getURL().toString();
                found.put(name.startsWith(folder) ? name.substring(folder.length()) : name, resource);
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("no compiled classes found at " + folder + pattern);
            }
            update(digest, "classes " + anchor.getPackageName() + " " + found.size());
            for (var entry : found.entrySet()) {
                update(digest, entry.getKey());
                try (InputStream in = entry.getValue().getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled classes at " + folder, e);
        }
    }

    /** The file name of the jar a class comes from (it carries the version), or "unknown". */
    private static String jarOf(String className) {
        try {
            var source = Class.forName(className, false, CheckerFingerprint.class.getClassLoader())
                    .getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            String location = source.getLocation().toString();
            int end = location.lastIndexOf(".jar");
            return end < 0 ? location : location.substring(location.lastIndexOf('/', end) + 1, end + 4);
        } catch (ClassNotFoundException e) {
            return "missing";
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
