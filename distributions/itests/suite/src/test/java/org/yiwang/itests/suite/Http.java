package org.yiwang.itests.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** A small HTTP client for the tests: real requests to the running platform over loopback. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A response, its body parsed as JSON when it is JSON. */
    public record Resp(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    public Resp get(String path, String... headers) {
        return send(builder(path, headers).GET().build());
    }

    public Resp post(String path, String contentType, String body, String... headers) {
        return send(builder(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Resp put(String path, String contentType, String body, String... headers) {
        return send(builder(path, headers).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Resp delete(String path, String... headers) {
        return send(builder(path, headers).DELETE().build());
    }

    public Resp postBytes(String path, String contentType, byte[] body, String... headers) {
        return send(builder(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Polls until the response satisfies the condition or the time is up; returns the last response. */
    public Resp await(String path, Predicate<Resp> condition, Duration timeout, String... headers) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Resp last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = send(builder(path, headers).GET().build());
                if (condition.test(last)) {
                    return last;
                }
            } catch (AssertionError connectionRefused) {
                last = null;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out after " + timeout + " waiting on " + path + "; last response: " + last);
    }

    /**
     * Waits until the whole kernel answers: health, identity and the SME database (they start after
     * the REST container, so /api/health is up a moment before their endpoints).
     */
    public void awaitPlatform() {
        Duration boot = Duration.ofSeconds(120);
        await("/api/health", r -> r.status() == 200, boot);
        await("/api/identity/me", r -> r.status() == 200, boot);
        await("/api/enterprises", r -> r.status() == 401, boot);
    }

    /** Logs in and returns the {@code Authorization} header pair for the session's token. */
    public String[] login(String username, String password) {
        Resp r = post("/api/identity/login", "application/json",
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r);
        }
        return new String[] {"Authorization", "Bearer " + r.json().get("token").asText()};
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private Resp send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Resp(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
