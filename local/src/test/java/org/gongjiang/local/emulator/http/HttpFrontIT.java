package org.gongjiang.local.emulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local HTTP front answers as API Gateway would, with problem documents, whatever arrives on the
 * socket: an encoded slash, a body that never comes, a body over 10 MB, bytes that are not HTTP. And the
 * stack listens on this machine only.
 */
class HttpFrontIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalDeployment stack;

    @BeforeAll
    static void start() {
        stack = SharedDeployment.get();
    }

    /** Sends raw bytes and reads the answer until the server closes or the whole body came. */
    private static RawAnswer raw(byte[] request, Duration wait) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", stack.port())) {
            socket.setSoTimeout((int) wait.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return RawAnswer.read(socket.getInputStream());
        }
    }

    private record RawAnswer(int status, String head, JsonNode body) {

        static RawAnswer read(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int headEnd = -1;
            int contentLength = -1;
            for (int read; (read = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, read);
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                    for (String line : text.substring(0, headEnd).split("\r\n")) {
                        if (line.toLowerCase().startsWith("content-length:")) {
                            contentLength = Integer.parseInt(line.substring(15).trim());
                        }
                    }
                }
                if (headEnd >= 0 && contentLength >= 0 && bytes.size() >= headEnd + 4 + contentLength) {
                    break;
                }
            }
            String text = bytes.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = text.substring(0, end);
            int status = Integer.parseInt(head.split(" ")[1]);
            return new RawAnswer(status, head, JSON.readTree(text.substring(end + 4)));
        }

        String type() {
            return body.path("type").asText();
        }

        boolean isProblemJson() {
            return head.toLowerCase().contains("content-type: application/problem+json");
        }
    }

    @Test
    void anEncodedSlashStaysInsideItsPathParameterAsOnApiGateway() {
        Http.Response response = new Http(stack.url()).get("/v1/campaigns/no%2Fsuch/candidates");
        assertEquals(404, response.status(), response.body());
        assertEquals("urn:gongjiang:problem:campaign-not-found", response.json().path("type").asText(),
                "routed to the ballot with the campaign id no/such, not split into another route: " + response.body());
    }

    @Test
    void aBodyShorterThanItsContentLengthIsAnswered408InsteadOfHangingTheConnection() throws IOException {
        long started = System.nanoTime();
        RawAnswer answer = raw(("POST /v1/campaigns/sichuan-2026/votes HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"candidateId\":").getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(30));
        assertEquals(408, answer.status());
        assertEquals("urn:gongjiang:problem:request-timeout", answer.type());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(25)) < 0, "no hang");
    }

    @Test
    void aBodyOverTenMegabytesIsAnswered413AndTheClientReadsTheAnswer() throws IOException {
        int size = 11 * 1024 * 1024;
        try (Socket socket = new Socket("127.0.0.1", stack.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/campaigns/sichuan-2026/votes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] megabyte = new byte[1024 * 1024];
            java.util.Arrays.fill(megabyte, (byte) 'x');
            for (int i = 0; i < 11; i++) {
                out.write(megabyte);
            }
            out.flush();
            RawAnswer answer = RawAnswer.read(socket.getInputStream());
            assertEquals(413, answer.status());
            assertEquals("urn:gongjiang:problem:payload-too-large", answer.type());
        }
    }

    @Test
    void whatIsNotHttpIsAnsweredWithAProblemDocumentNeverTheServersHtml() throws IOException {
        for (String request : new String[] {
                "GARBAGE\r\n\r\n",
                "GET /v1/campaigns HTTP/1.1\r\nHost: localhost\r\nContent-Length: many\r\n\r\n",
                "GET /v1/campaigns/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /v1/campaigns HTTP/7.0\r\nHost: localhost\r\n\r\n",
                "GET /v1/campaigns HTTP/1.1\r\nHost: localhost\r\nX-Long: " + "a".repeat(40_000) + "\r\n\r\n"}) {
            RawAnswer answer = raw(request.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(10));
            assertTrue(answer.status() >= 400 && answer.status() < 500 || answer.status() == 505, answer.head());
            assertTrue(answer.isProblemJson(), answer.head());
            assertTrue(answer.type().startsWith("urn:gongjiang:problem:"), answer.body().toString());
        }
    }

    @Test
    void theClockCannotBeMovedBeyondTenYearsEitherWay() {
        Http http = new Http(stack.url());
        for (String body : new String[] {"{\"offset\":\"P99999999999D\"}", "{\"offset\":\"-P4000D\"}", "{\"advance\":\"P3700D\"}",
                "{\"advance\":\"PT2562047788015215H\"}"}) {
            Http.Response refused = http.post("/local/clock", body);
            assertEquals(400, refused.status(), body + " -> " + refused.body());
            assertEquals("urn:gongjiang:problem:invalid-request", refused.json().path("type").asText());
        }
        assertEquals("PT0S", http.get("/local/clock").json().path("offset").asText(), "the clock did not move");
        assertEquals(200, http.get("/v1/campaigns").status(), "the functions still tell time");
    }

    @Test
    void theStackListensOnTheLoopbackOnly() throws IOException {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        assumeTrue(external.isPresent(), "this machine has no address but the loopback");
        int dynamoPort = URI.create(stack.dynamo().endpoint()).getPort();
        for (int port : new int[] {stack.port(), dynamoPort}) {
            try (Socket socket = new Socket()) {
                assertThrows(ConnectException.class,
                        () -> socket.connect(new InetSocketAddress(external.get(), port), 2000),
                        "port " + port + " must not answer on " + external.get());
            }
        }
    }
}
