package com.rapport.security;

import java.util.Optional;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Sign-in through the Vaadin login view (local accounts, and the directory or identity provider when configured);
 * every view declares the roles that may open it. The parts: {@link SignInGate} (throttling), {@link
 * SecurityHeaders}, {@link DirectorySignIn} (LDAP / Active Directory), {@link OidcSignIn} (OpenID Connect).
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties({SignInSettings.class, LdapSettings.class, OidcSettings.class})
class SecurityConfig {

    static final String LOGIN_ROUTE = "login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignInThrottle throttle,
            Optional<DirectorySignIn> directory, Optional<OidcSignIn> oidc) throws Exception {
        var gate = new SignInGate(throttle);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        http.headers(new SecurityHeaders());
        // Vaadin's own requests carry Vaadin's own CSRF key; everything else, the login form's post included (which
        // Vaadin would leave open), needs Spring's token. The login form sends it from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(new AndRequestMatcher(
                vaadinRequests::isFrameworkInternalRequest, new NegatedRequestMatcher(SignInGate.LOGIN_POST))));
        // the login page named here too: this configurer initialises before Vaadin's, which names it again
        http.formLogin(form -> form.loginPage("/" + LOGIN_ROUTE).failureHandler(gate));
        http.addFilterBefore(gate, UsernamePasswordAuthenticationFilter.class);
        // local accounts come from the global authentication manager, which this chain's own providers fall back to
        directory.ifPresent(ldap -> http.authenticationProvider(ldap.provider()));
        if (oidc.isPresent()) {
            http.oauth2Login(login -> login.loginPage("/" + LOGIN_ROUTE)
                    .clientRegistrationRepository(oidc.get().registrations())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidc.get().users()))
                    .failureHandler(gate));
        }
        // Any other address needs a login, then reaches Vaadin, which shows its view or Rapport's "not found" page
        // (Vaadin's default here is to refuse it with a bare 403 before any view can say so).
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/" + LOGIN_ROUTE, "/")
                .enableCsrfConfiguration(false)
                .anyRequest(rule -> rule.authenticated()))
                .build();
    }

    /** Sign-in successes and failures as application events, for whoever keeps a record of them. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** A session nobody uses ends after the idle timeout (while a tab is open, {@code IdleWatch} ends it). */
    @Bean
    HttpSessionListener idleSessionTimeout(SignInSettings settings) {
        return new HttpSessionListener() {
            @Override
            public void sessionCreated(HttpSessionEvent event) {
                event.getSession().setMaxInactiveInterval((int) settings.idleTimeout().toSeconds());
            }
        };
    }

    /**
     * BCrypt for new hashes, behind Spring's delegating encoder so the algorithm can change later; at most
     * {@code rapport.sign-in.password-checks-at-once} (by default half the cores) hash at once, so a sign-in storm
     * cannot starve the trainees already practising.
     */
    @Bean
    PasswordEncoder passwordEncoder(SignInSettings settings) {
        return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                settings.passwordChecks());
    }
}
