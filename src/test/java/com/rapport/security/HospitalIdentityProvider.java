package com.rapport.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A hospital's OpenID Connect provider for the tests: Spring Authorization Server in this JVM, on a random port of
 * 127.0.0.1, with Rapport registered as a client and two people, one in a group Rapport maps and one in none. Their
 * ID tokens carry {@code preferred_username}, {@code name} and {@code groups}.
 */
final class HospitalIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "rapport";
    static final String CLIENT_SECRET = "rapport-client-secret";

    /** username, password, name, groups */
    static final List<List<String>> PEOPLE = List.of(
            List.of("pat.kim", "idp-secret-1", "Pat Kim", "pr-staff"),
            List.of("vic.visitor", "idp-secret-2", "Vic Visitor", "visitors"));

    private final ConfigurableApplicationContext context;

    private HospitalIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static HospitalIdentityProvider start() {
        String client = "spring.security.oauth2.authorizationserver.client.rapport.";
        return new HospitalIdentityProvider(new SpringApplicationBuilder(Server.class).properties(
                "spring.config.name=hospital-idp",
                "spring.main.banner-mode=off",
                "server.port=0",
                "server.address=127.0.0.1",
                // its own session cookie: cookies ignore ports, and Rapport's is on 127.0.0.1 too
                "server.servlet.session.cookie.name=IDPSESSION",
                client + "registration.client-id=" + CLIENT_ID,
                client + "registration.client-secret={noop}" + CLIENT_SECRET,
                client + "registration.client-authentication-methods=client_secret_basic",
                client + "registration.authorization-grant-types=authorization_code",
                // a loopback redirect address: the provider accepts it on any port (RFC 8252), so Rapport's random one
                client + "registration.redirect-uris=http://127.0.0.1:8080/login/oauth2/code/hospital",
                client + "registration.scopes=openid,profile,email").run());
    }

    String issuer() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }

    /** Spring Boot's authorization server and its default login form, and nothing of Rapport. */
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
            JacksonAutoConfiguration.class, SecurityAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
            OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class Server {

        /**
         * The JVM's current {@link SecurityContextHolder} strategy, looked up at every call. Rapport starts after this
         * server, in the same JVM, and Vaadin then replaces that global strategy with its own (a thread-local of its
         * own). This server's filters would keep the strategy they were built with, while the authorization endpoint's
         * request converter reads {@code SecurityContextHolder.getContext()}, the new one: it would see no one signed
         * in and refuse the authorization request with "[invalid_request] OAuth 2.0 Parameter: principal".
         */
        @Bean
        SecurityContextHolderStrategy currentSecurityContextHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public Supplier<SecurityContext> getDeferredContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
                    SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(PEOPLE.stream()
                    .map(p -> User.withUsername(p.get(0)).password("{noop}" + p.get(1)).roles("USER").build())
                    .toList());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> hospitalClaims() {
            return token -> {
                if (!"id_token".equals(token.getTokenType().getValue())) {
                    return;
                }
                String username = token.getPrincipal().getName();
                PEOPLE.stream().filter(p -> p.get(0).equals(username)).findFirst().ifPresent(p -> token.getClaims()
                        .claim("preferred_username", username)
                        .claim("name", p.get(2))
                        .claim("groups", List.of(p.get(3))));
            };
        }
    }
}
