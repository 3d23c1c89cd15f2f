package com.rapport;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import com.rapport.scoring.MiniLmEmbedder;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Stops the web app in the order its sentence model survives. ONNX Runtime registers a shutdown hook of its own that
 * releases the model's native environment, and the JVM runs shutdown hooks side by side: a server stopped (SIGTERM,
 * Ctrl+C) while the model was still loading or scoring a reply crashed (exit 134 and an {@code hs_err} file, 1 in 8
 * stops in the second after start). The stop signals are therefore taken before any hook runs: first the
 * application closes (requests in flight finish, as in Spring's graceful shutdown), then the model's native work in
 * flight ends and no more starts ({@link MiniLmEmbedder#finishNativeWork()}), and only then does the JVM exit as the
 * signal would have made it, running the remaining hooks with nothing native in flight.
 * <p>
 * Installed by {@link Application#main} for the web app only (not by tests, not by the commands, which wait for
 * the model themselves). Where the JVM does not let the application handle a signal ({@code -Xrs}), it is left alone.
 */
final class OrderlyStop {

    private static final Logger log = LoggerFactory.getLogger(OrderlyStop.class);
    private static final List<String> SIGNALS = List.of("TERM", "INT", "HUP");

    private final Set<ConfigurableApplicationContext> running = ConcurrentHashMap.newKeySet();
    private final Runnable finishNativeWork;

    OrderlyStop(Runnable finishNativeWork) {
        this.finishNativeWork = finishNativeWork;
    }

    /** Takes the stop signals for this process's web app. */
    static OrderlyStop install() {
        var stop = new OrderlyStop(MiniLmEmbedder::finishNativeWork);
        for (String name : SIGNALS) {
            try {
                var handler = new Chained(stop);
                handler.previous = Signal.handle(new Signal(name), handler);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                log.debug("Signal {} is not the application's to handle: {}", name, e.getMessage());
            }
        }
        return stop;
    }

    /** One signal's handler: the orderly stop, then what the signal did before (the JVM's exit). */
    private static final class Chained implements SignalHandler {
        private final OrderlyStop stop;
        private volatile @Nullable SignalHandler previous;

        Chained(OrderlyStop stop) {
            this.stop = stop;
        }

        @Override
        public void handle(Signal signal) {
            stop.stop(() -> exitAsBefore(signal, previous));
        }
    }

    /** Closes this context when the process is told to stop, until it closes by itself. */
    void watch(ConfigurableApplicationContext context) {
        running.add(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                running.remove(context);
            }
        });
    }

    /** The stop, in order: the application, then the model's native work, then the exit. */
    void stop(Runnable exit) {
        try {
            for (ConfigurableApplicationContext context : running) {
                context.close();
            }
        } catch (RuntimeException e) {
            log.error("Rapport did not stop cleanly", e);
        } finally {
            finishNativeWork.run();
            exit.run();
        }
    }

    /** Exits as the signal would have without this class: the JVM's own handler, or the usual 128 + its number. */
    private static void exitAsBefore(Signal signal, @Nullable SignalHandler previous) {
        if (previous != null && previous != SignalHandler.SIG_DFL && previous != SignalHandler.SIG_IGN) {
            previous.handle(signal);
        } else {
            System.exit(128 + signal.getNumber());
        }
    }
}
