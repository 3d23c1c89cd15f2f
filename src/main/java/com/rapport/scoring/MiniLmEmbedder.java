package com.rapport.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantised all-MiniLM-L6-v2 sentence-embedding model shipped inside its jar, run in-process. Loading takes
 * about half a second, so it is loaded once, when the first sentence is embedded (a command that embeds nothing
 * never pays for it); it is thread-safe.
 *
 * <p>The model runs on the calling thread only: one ONNX Runtime thread per inference and no spinning thread pool.
 * With the runtime's defaults (a pool as large as the machine whose idle threads spin) about half of the CPU spent
 * embedding was the pool waiting, measured with JFR while validating the library; a server embeds many trainees'
 * replies at once, so their requests are the parallelism.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final String id;
    private final String modelFile;
    private final String tokenizerFile;
    private final PoolingMode pooling;
    private final String prefix;
    private volatile @Nullable Model model;

    public MiniLmEmbedder() {
        this("all-minilm-l6-v2-q", MODEL, TOKENIZER, PoolingMode.MEAN, "");
    }

    /**
     * Another in-process model of the same family found on the class path, only to compare models (bge-small-en-v1.5
     * pools by its first token; e5-small-v2 wants "query: " before a sentence).
     */
    MiniLmEmbedder(String id, String modelFile, String tokenizerFile, PoolingMode pooling, String prefix) {
        this.id = id;
        this.modelFile = modelFile;
        this.tokenizerFile = tokenizerFile;
        this.pooling = pooling;
        this.prefix = prefix;
    }

    @Override
    public String modelId() {
        return id;
    }

    @Override
    public float[] embed(String sentence) {
        return NativeWork.MODEL.run(() -> model().embed(prefix + sentence).content().vector());
    }

    /**
     * A reply's sentences, shared with idle cores: the calling thread embeds sentences in turn and so do helper
     * threads that happen to be free; each sentence is embedded once, by whichever thread claims it first. A helper
     * that starts late finds nothing left and returns, so on a busy server this costs what one-by-one costs, and a
     * long reply on an idle one is scored in a fraction of the time. Each vector is exactly the one
     * {@link #embed(String)} gives.
     */
    @Override
    public List<float[]> embedAll(List<String> sentences) {
        return ParallelEmbedding.embedAll(sentences, this::embed);
    }

    /**
     * Loads the model (and runs it once) now on its own daemon thread ("scorer-model"), beside whatever the caller
     * does next; anything that embeds before it is done waits for it. A failed load completes the future
     * exceptionally, and the first sentence embedded then tries again and reports why.
     */
    public java.util.concurrent.CompletableFuture<Void> loadInBackground() {
        return java.util.concurrent.CompletableFuture.runAsync(() -> embed("warm up"),
                runnable -> Thread.ofPlatform().name("scorer-model").daemon().start(runnable));
    }

    /**
     * Waits (at most 20 seconds) for any model loading or embedding still running on other threads, and refuses any
     * after it: for a command, just before the process exits (see {@link NativeWork}).
     */
    public static void finishNativeWork() {
        NativeWork.MODEL.close(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    private Model model() {
        var loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = load(modelFile, tokenizerFile, pooling);
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * Loads the model with its three slow parts side by side: the model's bytes are read (inflated from its jar) and
     * the tokenizer's native library is loaded on helper threads while this one starts ONNX Runtime; measured on
     * two cores, about 1.3 s one after another.
     */
    private static Model load(String modelFile, String tokenizerFile, PoolingMode pooling) {
        stayOffline();
        var bytes = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (InputStream onnx = resource(modelFile)) {
                return onnx.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("The sentence model could not be read from its jar", e);
            }
        }, MiniLmEmbedder::helper);
        var tokenizerLibrary = java.util.concurrent.CompletableFuture.runAsync(
                ai.djl.huggingface.tokenizers.jni.LibUtils::checkStatus, MiniLmEmbedder::helper);
        try (InputStream tokenizer = resource(tokenizerFile); var options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            var environment = OrtEnvironment.getEnvironment();
            var session = environment.createSession(joined(bytes), options);
            joined(tokenizerLibrary);
            return new Model(new OnnxBertBiEncoder(environment, session, tokenizer, pooling));
        } catch (IOException e) {
            throw new UncheckedIOException("The sentence model could not be read from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("The sentence model could not be started", e);
        } finally {
            // whatever failed, no helper outlives the load (the native work must be over when it returns)
            bytes.handle((value, failure) -> null).join();
            tokenizerLibrary.handle((value, failure) -> null).join();
        }
    }

    private static void helper(Runnable work) {
        Thread.ofPlatform().name("scorer-model-load").daemon().start(work);
    }

    private static <T> T joined(java.util.concurrent.CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Keeps the tokenizer's library (DJL) off the network, set before its classes load: by default it asks the
     * cloud's instance-metadata address (169.254.169.254) who is running it and reports that to its makers, and it
     * may look for native libraries to download. A hospital's server must make no such call, so both are switched
     * off here, whatever the environment says; the tokenizer's native library comes from its jar.
     */
    static void stayOffline() {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
    }

    private static InputStream resource(String name) {
        // the model's own jar; naming its class does not load the library's default copy of the model
        return Objects.requireNonNull(AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader()
                .getResourceAsStream(name), () -> name + " is missing from the model's jar");
    }

    /** The library's in-process model around our session; embeds on the calling thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
