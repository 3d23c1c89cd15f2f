package com.rapport.ops;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The {@code rapport.sessions.active} gauge: HTTP sessions open on this node (each browser tab's UI lives in one). */
@Component
class SessionMetrics implements HttpSessionListener {

    private final AtomicInteger active = new AtomicInteger();

    SessionMetrics(MeterRegistry meters) {
        Gauge.builder("rapport.sessions.active", active, AtomicInteger::get)
                .description("HTTP sessions open on this node").register(meters);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        active.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        active.updateAndGet(n -> Math.max(0, n - 1));
    }
}
