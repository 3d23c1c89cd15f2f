package com.rapport.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's protocol over plain HTTP: Spring Security's form login (with the CSRF token
 * from the login page's {@code _csrf} meta tag), the UI bootstrap ({@code ?v-r=init}, then the client-side
 * {@code ui-navigate} event Flow's router sends), and UIDL requests ({@code ?v-r=uidl}) carrying Vaadin's security
 * key, the server's last {@code syncId} and the client's message counter. It keeps, from the changes the server
 * sends, which state node carries which element id (the app's stable ids: {@code start-*}, {@code resume-*},
 * {@code choice-*}, {@code reply}, {@code send}), so it can click a button or type into a text area by its id.
 * Cookies (the session, and a load balancer's sticky cookie) are kept per tab.
 */
final class VaadinTab {

    /** Thrown when the server answers with anything but the expected page or UIDL (node down, session gone). */
    static final class Broken extends IOException {
        Broken(String message) {
            super(message);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern ATTEMPT_URL = Pattern.compile("play/(\\d+)");
    private static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=900&v-ww=1600&v-bh=900&v-bw=1600&v-tzo=0"
            + "&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-curdate=";

    private final HttpClient http;
    private final URI base;
    private final Stats stats;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final Map<Integer, String> idByNode = new HashMap<>();
    private final Map<Integer, String> clickListener = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    /** What a browser needs to know which elements take input: parents, hidden nodes, disabled nodes. */
    private final Map<Integer, Integer> parentOf = new HashMap<>();
    private final java.util.Set<Integer> hidden = new java.util.HashSet<>();
    private final java.util.Set<Integer> disabled = new java.util.HashSet<>();
    private String securityKey = "";
    private int uiId;
    private int syncId;
    private int clientId;
    private long attemptId = -1;
    private String lastBody = "";

    VaadinTab(HttpClient http, URI base, Stats stats) {
        this.http = http;
        this.base = base;
        this.stats = stats;
    }

    /** Signs in through the login form; false when the server said no (wrong password, locked). */
    boolean signIn(String username, String password) throws IOException, InterruptedException {
        cookies.clear();
        long start = System.nanoTime();
        var page = send("login", HttpRequest.newBuilder(base.resolve("login")).GET());
        Matcher token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            stats.error("login", "login page " + page.statusCode());
            throw new Broken("no login page: " + page.statusCode());
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        var post = send("login", HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        stats.record("login", System.nanoTime() - start);
        String to = post.headers().firstValue("Location").orElse("");
        if (post.statusCode() != 302 || to.contains("login")) {
            stats.error("login", "refused: " + post.statusCode() + " " + to);
            return false;
        }
        return true;
    }

    /** Loads a page as a browser does: a new UI ({@code v-r=init}), then the router's navigation to the route. */
    void open(String route) throws IOException, InterruptedException {
        nodeById.clear();
        idByNode.clear();
        clickListener.clear();
        constants.clear();
        parentOf.clear();
        hidden.clear();
        disabled.clear();
        long start = System.nanoTime();
        var init = send("page", HttpRequest.newBuilder(base.resolve("?v-r=init&location=" + enc(route) + "&query="
                + BROWSER + System.currentTimeMillis())).GET());
        JsonNode config = parse("page", init).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!uidl.has("Vaadin-Security-Key")) {
            stats.error("page", "no UI (signed out?)");
            throw new Broken("no UI: " + abbreviate(init.body()));
        }
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        apply(uidl);
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        uidl(null, rpc -> rpc.addObject().put("type", "event").put("node", 1).put("event", "ui-navigate")
                .set("data", data));
        stats.record("page", System.nanoTime() - start);
    }

    /** Clicks the button with this element id; the kind names the request in the report. */
    void click(String elementId, String kind) throws IOException, InterruptedException {
        int node = node(elementId);
        JsonNode expressions = constants.get(clickListener.getOrDefault(node, ""));
        ObjectNode data = JSON.createObjectNode();
        if (expressions != null) {
            expressions.propertyNames().forEach(name -> {
                if (name.endsWith("Key")) {
                    data.put(name, false);
                } else if (name.startsWith("event.")) {
                    data.put(name, name.equals("event.detail") ? 1 : 0);
                }
            });
        }
        uidl(kind, rpc -> rpc.addObject().put("type", "event").put("node", node).put("event", "click")
                .set("data", data));
    }

    /** Types into the text area with this element id: its value as the browser syncs it on input. */
    void type(String elementId, String text, String kind) throws IOException, InterruptedException {
        int node = node(elementId);
        uidl(kind, rpc -> {
            rpc.addObject().put("type", "mSync").put("node", node).put("feature", 1).put("property", "value")
                    .put("value", text);
            rpc.addObject().put("type", "event").put("node", node).put("event", "value-changed")
                    .set("data", JSON.createObjectNode());
        });
    }

    /** Whether the element with this id is on screen and takes input (shown, not disabled), as for a browser. */
    boolean has(String elementId) {
        Integer node = nodeById.get(elementId);
        return node != null && active(node);
    }

    /** The element ids on screen, shown and enabled, that start with this prefix. */
    List<String> idsStartingWith(String prefix) {
        return nodeById.keySet().stream().filter(id -> id.startsWith(prefix)).filter(this::has).sorted().toList();
    }

    /**
     * A node the server accepts events from: neither it nor any parent is hidden, and it is not disabled (the server
     * ignores, and logs, events from any other).
     */
    private boolean active(int node) {
        if (disabled.contains(node)) {
            return false;
        }
        Integer at = node;
        for (int depth = 0; at != null && depth < 200; depth++) {
            if (hidden.contains(at)) {
                return false;
            }
            at = parentOf.get(at);
        }
        return true;
    }

    /** The attempt whose play page the server last navigated to ({@code play/<id>}), or -1. */
    long attemptId() {
        return attemptId;
    }

    /** Whether the last UIDL answer contained this text (a notification, an error message). */
    boolean lastAnswerContains(String text) {
        return lastBody.contains(text);
    }

    /** The value of the named cookie (HAProxy's sticky cookie names the node). */
    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    private int node(String elementId) throws Broken {
        Integer node = nodeById.get(elementId);
        if (node == null) {
            throw new Broken("no element #" + elementId + " on screen");
        }
        return node;
    }

    private interface Rpc {
        void add(ArrayNode rpc);
    }

    private void uidl(String kind, Rpc invocations) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        invocations.add(message.putArray("rpc"));
        message.put("syncId", syncId).put("clientId", clientId);
        long start = System.nanoTime();
        String name = kind == null ? "page" : kind;
        var answer = send(name, HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        JsonNode uidl = parse(name, answer);
        if (uidl.path("meta").path("sessionExpired").asBoolean(false) || uidl.path("meta").has("appError")) {
            stats.error(name, "session expired or application error");
            throw new Broken("UIDL answer " + abbreviate(answer.body()));
        }
        if (kind != null) {
            stats.record(kind, System.nanoTime() - start);
        }
        lastBody = answer.body();
        if (Boolean.getBoolean("load.debug") && lastBody.contains("to-debrief")) {
            System.err.println("DEBUG " + lastBody);
        }
        apply(uidl);
    }

    /** Follows the state tree: which node has which id and click listener; forgets nodes that detach. */
    private void apply(JsonNode uidl) {
        syncId = uidl.path("syncId").asInt(syncId);
        clientId = uidl.path("clientId").asInt(clientId + 1);
        uidl.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString();
            if (type.equals("detach")) {
                String id = idByNode.remove(node);
                if (id != null && Integer.valueOf(node).equals(nodeById.get(id))) {
                    nodeById.remove(id);
                }
                clickListener.remove(node);
                parentOf.remove(node);
                hidden.remove(node);
                disabled.remove(node);
            } else if (type.equals("splice") && change.path("feat").asInt() == 2) {
                for (JsonNode child : change.path("addNodes")) {
                    parentOf.put(child.asInt(), node);
                }
            } else if (change.path("feat").asInt() == 0 && change.path("key").asString().equals("visible")) {
                if (type.equals("put") && !change.path("value").asBoolean(true)) {
                    hidden.add(node);
                } else {
                    hidden.remove(node);
                }
            } else if (change.path("feat").asInt() == 3 && change.path("key").asString().equals("disabled")) {
                if (type.equals("put")) {
                    disabled.add(node);
                } else {
                    disabled.remove(node);
                }
            } else if (type.equals("put") && change.path("feat").asInt() == 3 && change.path("key").asString()
                    .equals("id")) {
                String id = change.path("value").asString();
                idByNode.put(node, id);
                nodeById.put(id, node);
            } else if (type.equals("put") && change.path("feat").asInt() == 4 && change.path("key").asString()
                    .equals("click")) {
                clickListener.put(node, change.path("value").asString());
            }
        }
        Matcher url = ATTEMPT_URL.matcher(uidl.path("execute").toString());
        if (url.find()) {
            attemptId = Long.parseLong(url.group(1));
        }
    }

    private JsonNode parse(String kind, HttpResponse<String> answer) throws Broken {
        String body = answer.body();
        if (answer.statusCode() != 200) {
            stats.error(kind, "HTTP " + answer.statusCode());
            throw new Broken("HTTP " + answer.statusCode() + ": " + abbreviate(body));
        }
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        try {
            JsonNode json = JSON.readTree(body);
            return json.isArray() ? json.path(0) : json;
        } catch (RuntimeException notJson) {
            stats.error(kind, "not JSON (signed out?)");
            throw new Broken("not JSON: " + abbreviate(body));
        }
    }

    private HttpResponse<String> send(String kind, HttpRequest.Builder request) throws IOException,
            InterruptedException {
        if (!cookies.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            cookies.forEach((name, value) -> pairs.add(name + "=" + value));
            request.header("Cookie", String.join("; ", pairs));
        }
        HttpResponse<String> answer;
        try {
            answer = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            stats.error(kind, e.getClass().getSimpleName());
            throw new Broken(kind + ": " + e);
        }
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return answer;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        String line = body.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
