package io.complaints.intake.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import io.complaints.intake.complaint.AttachEvidence;
import io.complaints.intake.complaint.EvidenceAttached;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;

/**
 * Accepts an uploaded evidence file by the rules of {@link EvidenceProperties}, then stores its bytes
 * and records {@link EvidenceAttached} on the complaint in one transaction.
 */
@Service
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvidenceUploads {

    /** The multipart part that carries the file. */
    static final String PART = "file";
    static final int MAX_NAME_LENGTH = 255;

    private final EvidenceStore store;
    private final CommandGateway commands;
    private final EvidenceProperties limits;
    private final Clock clock;

    EvidenceUploads(EvidenceStore store, CommandGateway commands, EvidenceProperties limits, Clock clock,
                    ObjectProvider<MultipartProperties> multipart) {
        this.store = store;
        this.commands = commands;
        this.limits = limits;
        this.clock = clock;
        multipart.ifAvailable(this::checkMultipartLimits);
    }

    /** A file that keeps every rule, read and hashed, with the content type its bytes show. */
    public record AcceptedFile(String fileName, String contentType, byte[] bytes, String sha256) {

        /** Without the file name: it may be personal data. */
        @Override
        public String toString() {
            return "AcceptedFile[contentType=" + contentType + ", size=" + bytes.length + "]";
        }
    }

    /** Checks every rule, naming all the broken ones at once; reads the bytes only when the size is right. */
    public AcceptedFile accept(MultipartFile file) {
        if (file == null) {
            throw RulesViolatedException.ofField(PART, "required", "a file is required (multipart part 'file')");
        }
        String name = fileName(file.getOriginalFilename());
        long size = file.getSize();
        var rules = new RulesViolatedException.Collector()
                .check(!name.isEmpty(), PART, "name-required", "the file must have a name")
                .check(name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH, PART, "name-length",
                        "the file name must be at most " + MAX_NAME_LENGTH + " characters")
                .check(name.codePoints().noneMatch(EvidenceUploads::forbiddenInName), PART, "name-characters",
                        "the file name must not contain control characters")
                .check(size > 0, PART, "not-empty", "the file must not be empty")
                .check(size <= limits.maxSize().toBytes(), PART, "max-size",
                        "the file must be at most " + readable(limits.maxSize()));
        if (size <= 0 || size > limits.maxSize().toBytes()) {
            rules.throwIfAny();
        }
        byte[] bytes = read(file);
        Optional<String> detected = ContentSniffer.detect(bytes).filter(limits.allowedTypes()::contains);
        rules.check(detected.isPresent(), PART, "allowed-type",
                "the file's content must be one of: " + String.join(", ", limits.allowedTypes()));
        rules.check(detected.isEmpty() || declaredTypeAgrees(file.getContentType(), detected.get()), PART,
                "type-matches-content", "the declared content type does not match the file's content");
        rules.throwIfAny();
        return new AcceptedFile(name, detected.orElseThrow(), bytes, sha256(bytes));
    }

    /**
     * Stores the bytes, then has the complaint record {@link EvidenceAttached}. Axon handles the command
     * in this same transaction (its SpringTransactionManager joins it, its connection provider uses the
     * transaction's connection): the complaint refusing, or anything failing, leaves neither row nor event.
     */
    @Transactional
    public EvidenceItem attach(String complaintId, AcceptedFile file, Actor actor) {
        var item = new EvidenceItem(UUID.randomUUID().toString(), file.fileName(), file.contentType(),
                file.bytes().length, file.sha256(), clock.instant().truncatedTo(ChronoUnit.MICROS), actor.id(),
                actor.unit());
        store.insert(complaintId, item, file.bytes());
        commands.sendAndWait(new AttachEvidence(complaintId, item.evidenceId(), item.fileName(), item.contentType(),
                item.size(), item.sha256(), item.uploadedAt(), actor));
        return item;
    }

    String maxSize() {
        return readable(limits.maxSize());
    }

    /** The name without any directories some clients send, in composed form (as macOS sends it decomposed). */
    static String fileName(String original) {
        if (original == null) {
            return "";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    /** Control characters, and the bidirectional overrides that make "fdp.exe" read as "exe.pdf". */
    private static boolean forbiddenInName(int c) {
        return Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** No declared type, or a generic one, says nothing; a specific one must be what the content is. */
    private static boolean declaredTypeAgrees(String declared, String detected) {
        if (declared == null || declared.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(declared);
            String base = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
            return base.equals(MediaType.APPLICATION_OCTET_STREAM_VALUE) || canonical(base).equals(detected);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Other names clients use for the same types. */
    private static String canonical(String type) {
        return switch (type) {
            case "image/jpg", "image/pjpeg" -> ContentSniffer.JPEG;
            case "image/x-png" -> ContentSniffer.PNG;
            case "application/x-pdf" -> ContentSniffer.PDF;
            case "audio/mp3", "audio/mpeg3", "audio/x-mpeg", "audio/x-mp3" -> ContentSniffer.MP3;
            default -> type;
        };
    }

    private static byte[] read(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded evidence file", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }

    /** Spring's own multipart limits must let a file just over ours through, so that our rule answers it. */
    private void checkMultipartLimits(MultipartProperties multipart) {
        long ours = limits.maxSize().toBytes();
        if (tooLow(multipart.getMaxFileSize(), ours) || tooLow(multipart.getMaxRequestSize(), ours)) {
            throw new IllegalStateException("spring.servlet.multipart.max-file-size and max-request-size must be "
                    + "at least complaints.intake.evidence.max-size (" + readable(limits.maxSize()) + ")");
        }
    }

    private static boolean tooLow(DataSize springLimit, long ours) {
        return springLimit != null && springLimit.toBytes() >= 0 && springLimit.toBytes() < ours;
    }
}
