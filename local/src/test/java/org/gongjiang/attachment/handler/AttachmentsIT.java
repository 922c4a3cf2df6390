package org.gongjiang.attachment.handler;

import static org.gongjiang.acceptance.support.ApiSession.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.gongjiang.acceptance.support.ApiSession;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Uploads through the local stack as a browser makes them: the API issues a pre-signed PUT, the file
 * goes straight to the local S3 store, the API checks it. Every refused file leaves nothing in the bucket.
 */
class AttachmentsIT {

    private static final HttpClient BROWSER = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static LocalDeployment stack;
    private static Http http;
    private static ApiSession session;
    private static String campaign;
    private static Instant votingOpens;
    private static String bucket;
    private static int nextNominee = 0;

    @BeforeAll
    static void start() {
        stack = SharedDeployment.get();
        http = new Http(stack.url());
        session = new ApiSession(http);
        bucket = stack.s3().buckets().get("AttachmentsBucket");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String campaignId = "files-" + Long.toString(System.nanoTime(), 36);
        campaign = "/v1/campaigns/" + campaignId;
        votingOpens = now.plus(Duration.ofDays(10));
        ObjectNode configuration = DemoCampaign.configuration(votingOpens);
        configuration.put("campaignId", campaignId);
        configuration.putObject("nominationWindow").put("opensAt", now.minus(Duration.ofDays(1)).toString())
                .put("closesAt", now.plus(Duration.ofDays(2)).toString());
        configuration.put("publicNotice", "P3D");
        configuration.putObject("votingWindow").put("opensAt", votingOpens.toString())
                .put("closesAt", votingOpens.plus(Duration.ofDays(10)).toString());
        expect(201, session.send("POST", "/v1/admin/campaigns", configuration.toString(), session.token("admin-files", "admin")));
    }

    @AfterEach
    void clockBackToNow() {
        session.clockBackToNow();
    }

    private record Nominated(String nominationId, String clerk) {
        String path() {
            return campaign + "/nominations/" + nominationId;
        }
    }

    private static synchronized Nominated nominate() {
        int nominee = nextNominee;
        nextNominee += 1;
        JsonNode form = DemoCampaign.nomination(nominee, votingOpens);
        String creditCode = form.path("enterprise").path("creditCode").asText();
        String clerk = session.token("clerk-" + creditCode, "enterprise", "creditCode", creditCode);
        String id = expect(201, session.send("POST", campaign + "/nominations", form.toString(), clerk)).path("nominationId").asText();
        return new Nominated(id, clerk);
    }

    private static JsonNode askUpload(Nominated nomination, String kind, String contentType, long size, String fileName) {
        return expect(201, askUploadResponse(nomination, nomination.clerk(), kind, contentType, size, fileName));
    }

    private static Http.Response askUploadResponse(Nominated nomination, String clerk, String kind, String contentType, long size,
                                                   String fileName) {
        return session.send("POST", nomination.path() + "/attachments", "{\"kind\":\"" + kind + "\",\"contentType\":\"" + contentType
                + "\",\"size\":" + size + ",\"fileName\":\"" + fileName + "\"}", clerk);
    }

    /** A PUT to the pre-signed URL with the headers the API said to send (Content-Length is the body's). */
    private static int put(JsonNode upload, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upload.path("url").asText())).timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        for (Iterator<Map.Entry<String, JsonNode>> headers = upload.path("headers").fields(); headers.hasNext(); ) {
            Map.Entry<String, JsonNode> header = headers.next();
            if (!header.getKey().equalsIgnoreCase("Content-Length")) {
                request.header(header.getKey(), header.getValue().asText());
            }
        }
        return BROWSER.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Http.Response complete(Nominated nomination, String attachmentId) {
        return session.send("POST", nomination.path() + "/attachments/" + attachmentId + "/complete", null, nomination.clerk());
    }

    private static List<String> storedUnder(Nominated nomination) {
        String suffix = "/" + nomination.nominationId() + "/";
        return stack.s3().keys(bucket).stream().filter(key -> key.contains(campaign.substring("/v1/campaigns/".length()) + suffix)).toList();
    }

    private static void assertRefused(Http.Response answer, String reason, Nominated nomination) {
        assertEquals(422, answer.status(), answer.body());
        assertEquals("urn:gongjiang:problem:file-refused", answer.json().path("type").asText());
        assertEquals(reason, answer.json().path("reason").asText());
        assertEquals(List.of(), storedUnder(nomination), "nothing stored for a refused file");
    }

    @Test
    void aJpegWithGpsInItsExifIsStoredWithoutAnyMetadataAndReviewersDownloadItWhileTheClerkGetsNoLink() throws Exception {
        Nominated nomination = nominate();
        byte[] photo = TestFiles.jpegWithGps();
        JsonNode asked = askUpload(nomination, "photo", "image/jpeg", photo.length, "证件照.jpg");
        assertEquals("pending", asked.path("status").asText());
        assertEquals("PUT", asked.path("upload").path("method").asText());
        assertEquals(200, put(asked.path("upload"), photo));

        JsonNode stored = expect(200, complete(nomination, asked.path("attachmentId").asText()));
        assertEquals("stored", stored.path("status").asText());
        // twice is harmless
        assertEquals(stored, expect(200, complete(nomination, asked.path("attachmentId").asText())));
        List<String> keys = storedUnder(nomination);
        assertEquals(1, keys.size(), keys.toString());
        assertTrue(keys.getFirst().startsWith("files/"), "the upload is gone, the clean file stays: " + keys);

        String reviewer = session.token("reviewer-files", "reviewer");
        JsonNode list = expect(200, session.send("GET", nomination.path() + "/attachments", null, reviewer));
        JsonNode download = list.path("attachments").get(0).path("download");
        HttpResponse<byte[]> fetched = BROWSER.send(HttpRequest.newBuilder(URI.create(download.path("url").asText())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fetched.statusCode());
        byte[] clean = fetched.body();
        assertTrue(clean.length > 100 && (clean[0] & 0xff) == 0xff && (clean[1] & 0xff) == 0xd8, "a JPEG");
        assertFalse(TestFiles.contains(clean, "Exif"), "no EXIF in the stored photo");
        assertFalse(TestFiles.contains(clean, "GPS"), "no GPS in the stored photo");

        JsonNode clerksView = expect(200, session.send("GET", nomination.path() + "/attachments/" + asked.path("attachmentId").asText(),
                null, nomination.clerk()));
        assertTrue(clerksView.path("download").isMissingNode(), clerksView.toString());
        // the public sees nothing while the nomination is not on notice
        assertEquals(404, http.get(campaign + "/notices/" + nomination.nominationId() + "/photo").status());
    }

    @Test
    void aPdfIsKeptAsUploaded() throws Exception {
        Nominated nomination = nominate();
        byte[] pdf = TestFiles.minimalPdf();
        JsonNode asked = askUpload(nomination, "document", "application/pdf", pdf.length, "推荐表.pdf");
        assertEquals(200, put(asked.path("upload"), pdf));
        JsonNode stored = expect(200, complete(nomination, asked.path("attachmentId").asText()));
        assertEquals(pdf.length, stored.path("size").asInt());
        assertEquals(1, storedUnder(nomination).size());
    }

    @Test
    void aPngNamedPdfAndDeclaredPdfIsRefusedByItsContentAndDeleted() throws Exception {
        Nominated nomination = nominate();
        byte[] png = TestFiles.png(16, 16);
        JsonNode asked = askUpload(nomination, "document", "application/pdf", png.length, "certificate.pdf");
        assertEquals(200, put(asked.path("upload"), png));
        assertRefused(complete(nomination, asked.path("attachmentId").asText()), "type-mismatch", nomination);
        // the refused attachment is gone too
        assertEquals(404, complete(nomination, asked.path("attachmentId").asText()).status());
    }

    @Test
    void textNamedJpgIsRefused() throws Exception {
        Nominated nomination = nominate();
        byte[] text = "just text, not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode asked = askUpload(nomination, "photo", "image/jpeg", text.length, "photo.jpg");
        assertEquals(200, put(asked.path("upload"), text));
        assertRefused(complete(nomination, asked.path("attachmentId").asText()), "type-mismatch", nomination);
    }

    @Test
    void aDeclaredSizeAboveTheLimitIsRefusedAtOnceAndMoreBytesThanDeclaredAreRefusedByTheStore() throws Exception {
        Nominated nomination = nominate();
        Http.Response tooBig = askUploadResponse(nomination, nomination.clerk(), "photo", "image/jpeg", 2L * 1024 * 1024 + 1, "big.jpg");
        assertEquals(400, tooBig.status(), tooBig.body());
        assertEquals(400, askUploadResponse(nomination, nomination.clerk(), "photo", "application/pdf", 100, "photo.pdf").status());

        byte[] pdf = TestFiles.minimalPdf();
        JsonNode asked = askUpload(nomination, "document", "application/pdf", pdf.length - 10, "short.pdf");
        int status = put(asked.path("upload"), pdf);
        assertEquals(403, status, "the store refuses a Content-Length other than the signed one");
        assertEquals(List.of(), storedUnder(nomination));
        assertEquals(409, complete(nomination, asked.path("attachmentId").asText()).status());
    }

    @Test
    void anotherEnterprisesClerkCannotUploadForThisNominationNorCompleteItsFilesUnderAnotherNomination() throws Exception {
        Nominated mine = nominate();
        Nominated theirs = nominate();
        byte[] pdf = TestFiles.minimalPdf();
        Http.Response foreign = askUploadResponse(mine, theirs.clerk(), "document", "application/pdf", pdf.length, "x.pdf");
        assertEquals(404, foreign.status(), foreign.body());

        JsonNode asked = askUpload(mine, "document", "application/pdf", pdf.length, "mine.pdf");
        assertEquals(200, put(asked.path("upload"), pdf));
        // my attachment id under their nomination, by their clerk: no such file there
        assertEquals(404, complete(theirs, asked.path("attachmentId").asText()).status());
        // their clerk under my nomination: no such nomination for them
        assertEquals(404, session.send("POST", mine.path() + "/attachments/" + asked.path("attachmentId").asText() + "/complete",
                null, theirs.clerk()).status());
        assertEquals(404, session.send("GET", mine.path() + "/attachments", null, theirs.clerk()).status());
        assertEquals(List.of(), storedUnder(theirs));
    }

    @Test
    void anExpiredUploadUrlIsRefusedByTheStoreAndNothingIsStored() throws Exception {
        Nominated nomination = nominate();
        // the URL is signed by the functions' clock: eleven minutes ago, it expired a minute ago
        expect(200, http.post("/local/clock", "{\"offset\":\"-PT11M\"}"));
        byte[] pdf = TestFiles.minimalPdf();
        JsonNode asked = askUpload(nomination, "document", "application/pdf", pdf.length, "late.pdf");
        session.clockBackToNow();
        assertTrue(Instant.parse(asked.path("upload").path("expiresAt").asText()).isBefore(Instant.now()));
        assertEquals(403, put(asked.path("upload"), pdf));
        assertEquals(List.of(), storedUnder(nomination));
        Http.Response missing = complete(nomination, asked.path("attachmentId").asText());
        assertEquals(409, missing.status(), missing.body());
        assertEquals("urn:gongjiang:problem:upload-missing", missing.json().path("type").asText());
    }

    @Test
    void aTinyPngDeclaringThirtyThousandPixelsSquareIsRefusedAndDeleted() throws Exception {
        Nominated nomination = nominate();
        byte[] bomb = TestFiles.decompressionBomb(30_000, 30_000);
        JsonNode asked = askUpload(nomination, "photo", "image/png", bomb.length, "bomb.png");
        assertEquals(200, put(asked.path("upload"), bomb));
        assertRefused(complete(nomination, asked.path("attachmentId").asText()), "too-many-pixels", nomination);
    }
    @Test
    void whenAnAttachmentsRecordLeavesTheTableWithThePersonalDataItsFileIsDeletedFromTheBucket() throws Exception {
        Nominated nomination = nominate();
        byte[] pdf = TestFiles.minimalPdf();
        JsonNode asked = askUpload(nomination, "document", "application/pdf", pdf.length, "form.pdf");
        assertEquals(200, put(asked.path("upload"), pdf));
        expect(200, complete(nomination, asked.path("attachmentId").asText()));
        assertEquals(1, storedUnder(nomination).size());

        // what DynamoDB's TTL does at the nomination's expiresAt (DynamoDB Local deletes nothing by TTL)
        stack.dynamo().client().deleteItem(b -> b.tableName("NominationsTable").key(Map.of(
                "pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                        "nomination#" + campaign.substring("/v1/campaigns/".length()) + "#" + nomination.nominationId()),
                "sk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("attachment#" + asked.path("attachmentId").asText()))));
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(30)));
        assertEquals(List.of(), storedUnder(nomination), "the file went with its record");
    }
}
