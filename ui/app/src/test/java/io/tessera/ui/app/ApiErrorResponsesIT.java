package io.tessera.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With the UI present (whose catch-all would answer any path with its page), an unknown path under {@code /api/}
 * answers 404 problem+json without a session, with the API's security headers; requests the container itself refuses
 * (an encoded {@code /} or NUL in the path, a request line over the header size limit) answer problem+json with the
 * security headers too, never Tomcat's HTML page.
 */
class ApiErrorResponsesIT {

    static final String PASSWORD = "correct-horse-battery-9";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().build();

    static ApiClient admin;

    @BeforeAll
    static void tenant() {
        admin = KERNEL.provisionTenant("unknown-paths", PASSWORD);
    }

    @Test
    void anUnknownApiPathIsAProblemNotThePage() {
        for (ApiResponse response : new ApiResponse[] {admin.get("/api/v1/no-such-thing"), admin.post("/api/v1/no-such/thing", "{}"),
                admin.get("/api/v2/parties"), admin.get("/api/")}) {
            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void anUnknownApiPathOpensNoSessionAndCarriesTheSecurityHeaders() throws IOException {
        Raw response = send("GET /api/v1/no-such-thing HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic() + "\r\n");

        assertThat(response.status).isEqualTo(404);
        assertThat(response.headers.get("content-type")).startsWith("application/problem+json");
        assertThat(response.headers).doesNotContainKey("set-cookie");
        assertThat(response.headers.get("content-security-policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.headers.get("x-content-type-options")).isEqualTo("nosniff");
    }

    @Test
    void aKnownPathWithAnotherMethodStillAnswers405() {
        ApiResponse response = admin.delete("/api/v1/parties");
        assertThat(response.status()).as(response.body()).isEqualTo(405);
    }

    @Test
    void requestsTheContainerRefusesAnswerProblemJsonWithTheSecurityHeaders() throws IOException {
        for (String target : new String[] {"/api/v1/parties%2Fx", "/api/v1/%00", "/" + "a".repeat(9000)}) {
            Raw response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");

            String what = target.length() > 40 ? "a request line over 8 KB" : target;
            assertThat(response.status).as(what).isEqualTo(400);
            assertThat(response.headers.get("content-type")).as(what).startsWith("application/problem+json");
            assertThat(response.headers.get("content-security-policy")).as(what).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.headers.get("x-content-type-options")).as(what).isEqualTo("nosniff");
            assertThat(response.body).as(what).contains("\"status\":400").doesNotContain("<html").doesNotContainIgnoringCase("tomcat");
        }
    }

    private static String basic() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(("admin@unknown-paths.test:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a raw request (the HTTP client refuses some of these targets) and reads the whole response. */
    private static Raw send(String head) throws IOException {
        try (Socket socket = new Socket("localhost", KERNEL.baseUri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    private record Raw(int status, Map<String, String> headers, String body) {
    }
}
