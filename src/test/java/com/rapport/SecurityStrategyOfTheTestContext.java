package com.rapport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every application context Rapport starts installs its own Vaadin-aware {@link SecurityContextHolderStrategy} as
 * the global one, while {@code @WithMockUser} logs in through the strategy of the test's own context. Once a test
 * class with a context of its own has started one, later tests on an earlier (cached) context would find nobody
 * logged in. Before each test this puts the strategy of the test's context back, whatever the order tests run in.
 */
public class SecurityStrategyOfTheTestContext implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        use(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        use(testContext);
    }

    private static void use(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Before the listener that logs in {@code @WithMockUser} (order 10000). */
    @Override
    public int getOrder() {
        return 9_000;
    }
}
