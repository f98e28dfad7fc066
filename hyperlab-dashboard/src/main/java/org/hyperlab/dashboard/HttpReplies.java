package org.hyperlab.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes replies, each with the same defensive headers: {@code nosniff}, no framing, no caching of API answers,
 * and a content security policy that lets the application run only its own scripts and styles
 * ({@link #APP_POLICY}) or, for files from the runs directory, no scripts at all ({@link #FILE_POLICY}).
 */
final class HttpReplies {
    /** The application's pages: own scripts, styles and images only. */
    static final String APP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    /** Files from the runs directory (reports): their own styles and images, no scripts. */
    static final String FILE_POLICY = "sandbox; default-src 'self' 'unsafe-inline' data:; script-src 'none'; "
            + "object-src 'none'";
    /** The content type of the API's answers. */
    static final String JSON = "application/json; charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HttpReplies() {
    }

    /** {@code value} as JSON with status 200. */
    static void json(Response response, Callback callback, Object value) {
        byte[] body;
        try {
            body = MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            error(response, callback, 500, "cannot write the answer: " + e.getOriginalMessage());
            return;
        }
        bytes(response, callback, 200, JSON, APP_POLICY, body);
    }

    /** A JSON error document {@code {"error": message}}. */
    static void error(Response response, Callback callback, int status, String message) {
        byte[] body;
        try {
            body = MAPPER.writeValueAsBytes(Map.of("error", message == null ? "" : message));
        } catch (JsonProcessingException e) {
            body = "{\"error\":\"\"}".getBytes(StandardCharsets.UTF_8);
        }
        bytes(response, callback, status, JSON, APP_POLICY, body);
    }

    /** An empty reply with this status (e.g. 204 for "unchanged"). */
    static void empty(Response response, Callback callback, int status) {
        headers(response, status, "text/plain", APP_POLICY);
        response.write(true, null, callback);
    }

    /** A whole body. */
    static void bytes(Response response, Callback callback, int status, String contentType, String policy,
                      byte[] body) {
        headers(response, status, contentType, policy);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static void headers(Response response, int status, String contentType, String policy) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("Content-Security-Policy", policy);
    }
}
