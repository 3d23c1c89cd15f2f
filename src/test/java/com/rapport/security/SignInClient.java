package com.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** One browser's worth of raw HTTP against Rapport: its own cookies, redirects not followed. */
final class SignInClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final int port;

    SignInClient(int port) {
        this.port = port;
    }

    /** Posts the login form as the login page would, with the page's CSRF token. */
    HttpResponse<String> login(String username, String password) throws Exception {
        var csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        return post("/login", "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1)));
    }

    /** Whether this client's session reaches the app (any address past the login). */
    boolean signedIn() throws Exception {
        return get("/no/such/page").statusCode() == 200;
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(status " + response.statusCode() + ")");
    }

    HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return get(uri(path));
    }

    HttpResponse<String> get(URI uri) throws Exception {
        // as a browser asks for a page: servers send a login page only to those that accept HTML
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
