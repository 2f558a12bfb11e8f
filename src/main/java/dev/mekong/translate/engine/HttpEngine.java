package dev.mekong.translate.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.translate.engine.EngineException.Kind;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Shared HTTP plumbing for engines (JDK HttpClient, JSON): sends one request and turns the status into
 * an {@link EngineException} of the right kind. Messages carry the status and a short piece of the
 * body, never request headers, so keys stay out of logs.
 */
public abstract class HttpEngine implements Engine {

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_EXCERPT = 200;

    protected final EngineSettings settings;
    private final HttpClient client;

    protected HttpEngine(EngineSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String name() {
        return settings.name();
    }

    protected URI uri(String path) {
        String base = settings.url().endsWith("/") ? settings.url().substring(0, settings.url().length() - 1) : settings.url();
        return URI.create(base + path);
    }

    protected JsonNode postJson(String path, Object body, Map<String, String> headers) throws EngineException {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new EngineException(Kind.REJECTED, "cannot encode request: " + e.getOriginalMessage());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    protected JsonNode postForm(String path, String formBody) throws EngineException {
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formBody, StandardCharsets.UTF_8))
                .build());
    }

    protected JsonNode get(String pathAndQuery, Map<String, String> headers) throws EngineException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(settings.timeout())
                .header("Accept", "application/json").GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    private JsonNode send(HttpRequest request) throws EngineException {
        HttpResponse<String> response = await(request);
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status / 100 != 2) {
            throw classify(status, body, retryAfter(response));
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new EngineException(Kind.MALFORMED, name() + " sent a body that is not JSON: " + excerpt(body));
        }
    }

    /**
     * The response within the timeout, body included: the request's own timeout covers only the wait for
     * the headers, so a server that sends headers and then drips the body would hold the build forever.
     */
    private HttpResponse<String> await(HttpRequest request) throws EngineException {
        CompletableFuture<HttpResponse<String>> future =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException timeout) {
                throw timedOut(timeout);
            }
            throw new EngineException(Kind.RETRYABLE, name() + " unreachable: " + e.getCause().getClass().getSimpleName(),
                    null, e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new EngineException(Kind.UNAVAILABLE, "interrupted");
        }
    }

    private EngineException timedOut(Exception cause) {
        return new EngineException(Kind.RETRYABLE, name() + " timed out after " + settings.timeout().toMillis() + " ms",
                null, cause);
    }

    /** Maps an HTTP error status to what to do; engines refine it (quota codes differ). */
    protected EngineException classify(int status, String body, Duration retryAfter) {
        String message = name() + " answered HTTP " + status + ": " + excerpt(body);
        if (status == 429 || status == 408 || status >= 500) {
            return new EngineException(Kind.RETRYABLE, message, retryAfter, null);
        }
        if (status == 401 || status == 403) {
            return new EngineException(Kind.UNAUTHORIZED, message);
        }
        return new EngineException(Kind.REJECTED, message);
    }

    protected static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= BODY_EXCERPT ? flat : flat.substring(0, BODY_EXCERPT) + "…";
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After");
        if (value.isEmpty()) {
            return null;
        }
        String v = value.get().strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    protected static EngineException malformed(String engine, String what) {
        return new EngineException(Kind.MALFORMED, engine + " response " + what);
    }
}
