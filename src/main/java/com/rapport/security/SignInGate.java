package com.rapport.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where the throttle meets the login form: a sign-in posted while its username or address is locked is turned back
 * before any password is checked, and a failed one is counted. Either way the login page is told only what it may
 * say: wrong credentials ({@code ?error}), locked until a time ({@code ?locked=epoch-seconds}, the same whether or
 * not the account exists), or signed in but given no role ({@code ?norole}).
 */
final class SignInGate extends OncePerRequestFilter implements AuthenticationFailureHandler {

    /** The form login's own address: the login view's route, posted to. */
    static final RequestMatcher LOGIN_POST = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/" + SecurityConfig.LOGIN_ROUTE);

    private static final Logger log = LoggerFactory.getLogger(SignInGate.class);

    private final SignInThrottle throttle;

    SignInGate(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN_POST.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Instant> locked = throttle.lockedUntil(username(request), request.getRemoteAddr());
        if (locked.isPresent()) {
            redirectLocked(request, response, locked.get());
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (givesNoRole(exception)) {
            redirect(request, response, "?norole");
            return;
        }
        if (!LOGIN_POST.matches(request)) {
            // a refusal by or about the identity provider: what it said helps whoever set the provider up
            log.warn("OpenID Connect sign-in refused: {}", exception.getMessage());
            redirect(request, response, "?error");
            return;
        }
        Optional<Instant> locked = throttle.failed(username(request), request.getRemoteAddr());
        if (locked.isPresent()) {
            redirectLocked(request, response, locked.get());
        } else {
            redirect(request, response, "?error");
        }
    }

    private static boolean givesNoRole(AuthenticationException exception) {
        return exception instanceof NoRoleException
                || exception instanceof OAuth2AuthenticationException oauth
                        && NoRoleException.CODE.equals(oauth.getError().getErrorCode());
    }

    private static String username(HttpServletRequest request) {
        String username = request.getParameter("username");
        return username == null ? "" : username;
    }

    private static void redirectLocked(HttpServletRequest request, HttpServletResponse response, Instant until)
            throws IOException {
        redirect(request, response, "?locked=" + until.getEpochSecond());
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String query)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/" + SecurityConfig.LOGIN_ROUTE + query);
    }
}
