package io.complaints.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.intake.complaint.EvidenceAttached;
import io.complaints.intake.support.RunningIntake;
import io.complaints.intake.support.IntakeHttp;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;

/** Evidence files over real PostgreSQL: stored with their event in one transaction, given only to their units. */
@ExtendWith(OutputCaptureExtension.class)
class EvidenceOverRealInfrastructureTest extends RunningIntake {

    /** A canary: a file name may be personal data, and must appear in no log line. */
    private static final String FILE_NAME = "证据-Canary 4b2e (王五) 发票.pdf";
    private static final String CANARY = "Canary 4b2e";
    private static final byte[] PDF = pdf(2048);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final int MB = 1024 * 1024;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EvidenceUploads uploads;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void anUploadedFileIsListedAndDownloadedByteForByteAndShowsInTheHistory(CapturedOutput output) throws Exception {
        String id = http().register("SH-PD", 3, "13800004444").complaintId();

        ResponseEntity<JsonNode> uploaded = upload(id, "file", FILE_NAME, "application/pdf", PDF, "agent.shpd");

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode item = uploaded.getBody();
        String evidenceId = item.path("evidenceId").asText();
        assertThat(uploaded.getHeaders().getLocation()).hasToString("/api/complaints/" + id + "/evidence/" + evidenceId);
        assertThat(item.path("fileName").asText()).isEqualTo(FILE_NAME);
        assertThat(item.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(item.path("size").asLong()).isEqualTo(PDF.length);
        assertThat(item.path("sha256").asText()).isEqualTo(sha256(PDF));
        assertThat(item.path("uploadedBy").asText()).isEqualTo("agent.shpd");
        assertThat(item.path("uploaderUnit").asText()).isEqualTo("SH-PD");

        ResponseEntity<JsonNode> list = get("/api/complaints/" + id + "/evidence", "coordinator.sh", JsonNode.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).hasSize(1);
        assertThat(list.getBody().get(0)).isEqualTo(item);

        ResponseEntity<byte[]> download = get("/api/complaints/" + id + "/evidence/" + evidenceId, "supervisor.hq",
                byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(PDF);
        assertThat(sha256(download.getBody())).isEqualTo(item.path("sha256").asText());
        HttpHeaders headers = download.getHeaders();
        assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(headers.getContentLength()).isEqualTo(PDF.length);
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getCacheControl()).contains("no-store");
        String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment; filename*=UTF-8''").matches("\\p{ASCII}+");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo(FILE_NAME);

        JsonNode history = get("/api/complaints/" + id + "/history", "agent.shpd", JsonNode.class).getBody();
        assertThat(history.findValuesAsText("event")).containsExactly("ComplaintRegistered", "EvidenceAttached");
        assertThat(history.get(1).path("actor").asText()).isEqualTo("agent.shpd");
        assertThat(history.get(1).path("unit").asText()).isEqualTo("SH-PD");
        assertThat(history.toString()).doesNotContain(CANARY);
        assertThat(output.getAll()).doesNotContain(CANARY).contains("evidence " + evidenceId);
    }

    @Test
    void emptyTooLargeMistypedUnnamedAndPartlessUploadsAreRefusedNamingTheFileAndTheRule() {
        String id = http().register("SH-PD", 3, "13800005555").complaintId();
        byte[] exe = bytes(256, 'M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF);
        byte[] png = bytes(64, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);

        assertRefused(upload(id, "file", "empty.pdf", "application/pdf", new byte[0], "agent.shpd"),
                HttpStatus.BAD_REQUEST, "not-empty");
        assertRefused(upload(id, "file", "big.pdf", "application/pdf", pdf(10 * MB + 1), "agent.shpd"),
                HttpStatus.BAD_REQUEST, "max-size");
        assertRefused(upload(id, "file", "huge.pdf", "application/pdf", pdf(11 * MB + 64 * 1024), "agent.shpd"),
                HttpStatus.PAYLOAD_TOO_LARGE, "max-size");
        assertRefused(upload(id, "file", "invoice.pdf", "application/pdf", exe, "agent.shpd"),
                HttpStatus.BAD_REQUEST, "allowed-type");
        assertRefused(upload(id, "file", "invoice.pdf", null, exe, "agent.shpd"),
                HttpStatus.BAD_REQUEST, "allowed-type");
        assertRefused(upload(id, "file", "photo.jpg", "image/jpeg", png, "agent.shpd"),
                HttpStatus.BAD_REQUEST, "type-matches-content");
        assertRefused(upload(id, "file", "page.html", "text/html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8),
                "agent.shpd"), HttpStatus.BAD_REQUEST, "type-matches-content");
        assertRefused(upload(id, "file", "a".repeat(252) + ".pdf", "application/pdf", PDF, "agent.shpd"),
                HttpStatus.BAD_REQUEST, "name-length");
        assertRefused(upload(id, "document", "invoice.pdf", "application/pdf", PDF, "agent.shpd"),
                HttpStatus.BAD_REQUEST, "required");

        assertThat(rows(id)).isZero();
        assertThat(get("/api/complaints/" + id + "/history", "agent.shpd", JsonNode.class).getBody()).hasSize(1);

        ResponseEntity<JsonNode> longestName = upload(id, "file", "a".repeat(251) + ".pdf", "application/pdf", PDF,
                "agent.shpd");
        ResponseEntity<JsonNode> photo = upload(id, "file", "photo.png", "image/png", png, "agent.shpd");
        ResponseEntity<JsonNode> undeclared = upload(id, "file", "notes.txt", null,
                "来电记录\n".getBytes(StandardCharsets.UTF_8), "agent.shpd");
        assertThat(longestName.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(photo.getBody().path("contentType").asText()).isEqualTo("image/png");
        assertThat(undeclared.getBody().path("contentType").asText()).isEqualTo("text/plain");
        assertThat(rows(id)).isEqualTo(3);
    }

    @Test
    void aWithdrawnComplaintGetsNoEvidenceAndNoRowIsLeft() {
        String id = http().register("SH-PD", 3, "13800006666").complaintId();
        assertThat(http().post("/api/complaints/" + id + "/withdrawal", "{\"reason\":\"the refund arrived\"}", null,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> refused = upload(id, "file", FILE_NAME, "application/pdf", PDF, "agent.shpd");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(PROBLEM);
        assertThat(refused.getBody().path("errors").get(0).path("rule").asText()).isEqualTo("not-withdrawn");
        assertThat(rows(id)).isZero();
        assertThat(get("/api/complaints/" + id + "/evidence", "agent.shpd", JsonNode.class).getBody()).isEmpty();
        assertThat(get("/api/complaints/" + id + "/history", "agent.shpd", JsonNode.class).getBody()
                .findValuesAsText("event")).containsExactly("ComplaintRegistered", "ComplaintWithdrawn");
    }

    /**
     * The proof that Axon joins the caller's transaction: the event is written on the transaction's
     * connection (visible inside it) and goes when the transaction is rolled back, with the row.
     */
    @Test
    void theRowAndTheEventAreOneTransaction() {
        String id = http().register("SH-PD", 3, "13800007777").complaintId();
        byte[] text = "one transaction".getBytes(StandardCharsets.UTF_8);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            uploads.attach(id, new EvidenceUploads.AcceptedFile("notes.txt", "text/plain", text, sha256(text)),
                    new Actor("agent.shpd", "SH-PD", Role.INTAKE_AGENT, null));
            assertThat(rows(id)).isEqualTo(1);
            assertThat(attachedEvents(id)).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(rows(id)).isZero();
        assertThat(attachedEvents(id)).isZero();
        assertThat(upload(id, "file", "notes.txt", "text/plain", text, "agent.shpd").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(rows(id)).isEqualTo(1);
        assertThat(attachedEvents(id)).isEqualTo(1);
    }

    @Test
    void onlySignedInActorsOfTheComplaintsUnitsAndHeadquartersMayUploadListAndDownload() {
        String id = http().register("SH-PD", 3, "13800008888").complaintId();
        String evidenceId = upload(id, "file", FILE_NAME, "application/pdf", PDF, "agent.shpd").getBody()
                .path("evidenceId").asText();
        String list = "/api/complaints/" + id + "/evidence";
        String file = list + "/" + evidenceId;

        for (String outsider : new String[] {"agent.bj", "agent.shxh", "handler.gzth"}) {
            assertNotFound(upload(id, "file", "x.pdf", "application/pdf", PDF, outsider));
            assertNotFound(get(list, outsider, JsonNode.class));
            assertNotFound(get(file, outsider, JsonNode.class));
        }
        assertUnauthorized(upload(id, "file", "x.pdf", "application/pdf", PDF, null));
        assertUnauthorized(rest.getForEntity(list, JsonNode.class));
        assertUnauthorized(rest.getForEntity(file, JsonNode.class));
        assertForbidden(get(list, "operator.shpd", JsonNode.class), "role");

        assertThat(get(list, "handler.sh", JsonNode.class).getBody()).hasSize(1);
        assertThat(get(file, "supervisor.hq", byte[].class).getBody()).isEqualTo(PDF);
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void anUnknownComplaintOrFileIsNotFound() {
        String id = http().register("SH-PD", 3, "13800009999").complaintId();
        String unknown = UUID.randomUUID().toString();

        assertNotFound(upload(unknown, "file", "x.pdf", "application/pdf", PDF, "supervisor.hq"));
        assertNotFound(get("/api/complaints/" + unknown + "/evidence", "supervisor.hq", JsonNode.class));
        assertNotFound(get("/api/complaints/" + unknown + "/evidence/" + unknown, "supervisor.hq", JsonNode.class));
        assertNotFound(get("/api/complaints/" + id + "/evidence/" + unknown, "supervisor.hq", JsonNode.class));
        assertThat(rows(unknown)).isZero();
    }

    // --- helpers ---

    private ResponseEntity<JsonNode> upload(String complaintId, String part, String fileName, String declaredType,
                                            byte[] content, String person) {
        String boundary = "evidence-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\n" + (declaredType == null ? "" : "Content-Type: " + declaredType + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var headers = IntakeHttp.signedIn(person);
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
        return rest.exchange("/api/complaints/" + complaintId + "/evidence", HttpMethod.POST,
                new HttpEntity<>(body.toByteArray(), headers), JsonNode.class);
    }

    private <T> ResponseEntity<T> get(String path, String person, Class<T> answer) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(IntakeHttp.signedIn(person)), answer);
    }

    private static void assertUnauthorized(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(PROBLEM)).isTrue();
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String rule) {
        assertThat(response.getStatusCode()).as(rule).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as(rule).isEqualTo(PROBLEM);
        JsonNode errors = response.getBody().path("errors");
        assertThat(errors).as(rule).hasSize(1);
        assertThat(errors.get(0).path("field").asText()).isEqualTo("file");
        assertThat(errors.get(0).path("rule").asText()).isEqualTo(rule);
    }

    private static void assertForbidden(ResponseEntity<JsonNode> response, String rule) {
        assertThat(response.getStatusCode()).as(rule).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(PROBLEM)).isTrue();
        assertThat(response.getBody().path("errors").get(0).path("rule").asText()).isEqualTo(rule);
    }

    private static void assertNotFound(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(PROBLEM);
    }

    private int rows(String complaintId) {
        return jdbc.queryForObject("SELECT count(*) FROM evidence_file WHERE complaint_id = ?", Integer.class,
                complaintId);
    }

    private int attachedEvents(String complaintId) {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType = ?",
                Integer.class, complaintId, EvidenceAttached.class.getName());
    }

    /** A file that starts as a PDF does, of {@code size} bytes. */
    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private static byte[] bytes(int size, int... start) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < start.length; i++) {
            bytes[i] = (byte) start[i];
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
