package org.hyperlab.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hyperlab.sweep.record.TrialState;
import org.hyperlab.sweep.space.Direction;
import org.hyperlab.sweep.space.ObjectiveSpec;
import org.hyperlab.sweep.storage.StudyStorage;
import org.hyperlab.sweep.storage.StudyStorages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's HTTP surface without a browser: the runs-directory rule, read-only, escaping-safe JSON, binding. */
class DashboardHttpTest {
    private static final String SECRET = "secret outside the runs directory";
    @TempDir
    static Path tmp;
    static Dashboard dashboard;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path runs = tmp.resolve("runs");
        RunFixtures.write(runs.resolve("train-a"), 0.01, 2.0, 3, false);
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        String url = "jdbc:sqlite:" + tmp.resolve("store.db");
        try (StudyStorage s = StudyStorages.open(url)) {
            long id = s.createStudy("a/b <x>", new ObjectiveSpec("loss", Direction.MINIMIZE), 1).id();
            long t = s.createTrial(id, TrialState.RUNNING, Map.of("lr", 0.1)).id();
            s.reportIntermediate(t, 1, 0.5);
            s.finishTrial(t, TrialState.COMPLETE, 0.25, null);
        }
        dashboard = Dashboard.start(new DashboardSettings(url, runs, DashboardSettings.LOCAL_HOST, 0));
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    static HttpResponse<String> get(String rawPath) throws IOException, InterruptedException {
        // a raw socket-level path: URI.create keeps the encoded and dotted segments as given
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + dashboard.port() + rawPath)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void filesInsideTheRunsDirectoryAreServed() throws Exception {
        HttpResponse<String> r = get("/files/train-a/config.json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"lr\":0.01"), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
    }

    @Test
    void noPathReachesAFileOutsideTheRunsDirectory() throws Exception {
        for (String path : List.of("/files/../secret.txt", "/files/%2e%2e/secret.txt", "/files/..%2fsecret.txt",
                "/files/train-a/../../secret.txt", "/files/train-a/%2e%2e/%2e%2e/secret.txt", "/files/%2E%2E%2Fsecret.txt",
                "/files//" + tmp.resolve("secret.txt"), "/files/..%5csecret.txt", "/files/.%2e/secret.txt",
                "/app/../../secret.txt", "/files/train-a/..%252f..%252fsecret.txt")) {
            HttpResponse<String> r = get(path);
            assertNotEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains(SECRET), path);
        }
        for (String path : List.of("/files/../secret.txt", "/files/train-a/../../secret.txt", "/../secret.txt")) {
            assertFalse(rawGet(path).contains(SECRET), path);
        }
    }

    /** A request line sent as is (the HTTP client would normalize the dots). */
    private static String rawGet(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", dashboard.port())) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(reply.startsWith("HTTP/1.1 200"), reply);
            return reply;
        }
    }

    @Test
    void theStudyApiAnswersAndSkipsUnchangedStudies() throws Exception {
        HttpResponse<String> r = get("/api/study?name=a%2Fb%20%3Cx%3E");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"name\":\"a/b <x>\""), r.body());
        assertTrue(r.body().contains("[0,\"COMPLETE\",0.25,"), r.body());
        String fingerprint = r.body().replaceAll(".*\"fingerprint\":\"([^\"]+)\".*", "$1");
        assertEquals(204, get("/api/study?name=a%2Fb%20%3Cx%3E&since=" + fingerprint).statusCode());
        assertEquals(404, get("/api/study?name=nope").statusCode());
    }

    @Test
    void writesAreRefusedAndUnknownAssetsAreNotFound() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(dashboard.url() + "api/overview"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals(404, get("/app/Dashboard.class").statusCode());
        assertEquals(200, get("/app/charts.js").statusCode());
    }

    @Test
    void bindsTheLoopbackAddressByDefault() {
        assertEquals("http://127.0.0.1:" + dashboard.port() + "/", dashboard.url());
    }
}
