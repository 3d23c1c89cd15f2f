package com.rapport.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints, before the app's own sign-in: health (liveness and readiness, status only) is open to
 * the load balancer; metrics for Prometheus need an account with the ADMIN role over HTTP Basic (a scraper cannot
 * fill in a login form); nothing else of the actuator is exposed (see application.properties).
 */
@Configuration
class ManagementSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain managementChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll())
                // Answer 401/403 here: sendError would forward to /error, which the app's chain turns into a
                // redirect to the login page, no use to a scraper.
                .httpBasic(basic -> basic.authenticationEntryPoint(ManagementSecurity::askForCredentials))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> response.setStatus(403))
                        .authenticationEntryPoint(ManagementSecurity::askForCredentials))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // read-only GETs, no session, no cookies
                .build();
    }

    private static void askForCredentials(jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Rapport metrics\"");
        response.setStatus(401);
    }
}
