package com.rapport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every Rapport context installs its own security-context strategy (Vaadin's) in the JVM-wide
 * {@link SecurityContextHolder} when it starts, while {@code @WithMockUser} writes the test's user into the strategy
 * of the test's own, possibly cached, context. So after a test that starts another context (a restart, another
 * database), the next test on a cached context would find nobody logged in. Before each test this puts the test
 * context's strategy back into the holder, so test order no longer matters.
 */
public class SecurityHolderFollowsTheTestContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        follow(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        follow(testContext);
    }

    private static void follow(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(
                SecurityContextHolder::setContextHolderStrategy);
    }
}
