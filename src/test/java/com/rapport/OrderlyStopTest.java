package com.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class OrderlyStopTest {

    private final List<String> steps = new ArrayList<>();

    @Test
    void closesTheApplicationThenEndsTheModelsNativeWorkThenExits() {
        var stop = new OrderlyStop(() -> steps.add("native work ended"));
        var context = context("web app");
        stop.watch(context);

        stop.stop(() -> steps.add("exit"));

        assertThat(steps).containsExactly("web app closed", "native work ended", "exit");
        assertThat(context.isActive()).isFalse();
    }

    @Test
    void aContextThatClosedByItselfIsNotClosedAgain() {
        var stop = new OrderlyStop(() -> steps.add("native work ended"));
        var context = context("web app");
        stop.watch(context);
        context.close();
        steps.clear();

        stop.stop(() -> steps.add("exit"));

        assertThat(steps).containsExactly("native work ended", "exit");
    }

    @Test
    void aContextThatFailsToCloseStillLetsTheModelFinishAndTheProcessExit() {
        var stop = new OrderlyStop(() -> steps.add("native work ended"));
        var context = new GenericApplicationContext() {
            @Override
            public void close() {
                throw new IllegalStateException("a bean would not stop");
            }
        };
        context.refresh();
        stop.watch(context);

        stop.stop(() -> steps.add("exit"));

        assertThat(steps).containsExactly("native work ended", "exit");
    }

    private GenericApplicationContext context(String name) {
        var context = new GenericApplicationContext();
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                steps.add(name + " closed");
            }
        });
        context.refresh();
        return context;
    }
}
