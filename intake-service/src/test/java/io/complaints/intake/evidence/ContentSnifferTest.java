package io.complaints.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The real type of a file, told by its first bytes. */
class ContentSnifferTest {

    @Test
    void theAllowedTypesAreRecognisedByTheirMagicBytes() {
        assertThat(ContentSniffer.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'))).contains("image/jpeg");
        assertThat(ContentSniffer.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D)))
                .contains("image/png");
        assertThat(ContentSniffer.detect("%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("application/pdf");
        assertThat(ContentSniffer.detect(bytes('I', 'D', '3', 4, 0, 0, 0, 0, 0, 0))).contains("audio/mpeg");
        assertThat(ContentSniffer.detect(bytes(0xFF, 0xFB, 0x90, 0x64, 0, 0))).contains("audio/mpeg");
        assertThat(ContentSniffer.detect(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0)))
                .contains("video/mp4");
        assertThat(ContentSniffer.detect("投诉记录\r\nline two\tend".getBytes(StandardCharsets.UTF_8))).contains("text/plain");
        assertThat(ContentSniffer.detect("投诉记录".getBytes(java.nio.charset.Charset.forName("GB18030"))))
                .contains("text/plain");
    }

    @Test
    void anythingElseIsUnrecognisedWhateverItIsCalled() {
        Optional<String> windowsExecutable = ContentSniffer.detect(bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0));
        Optional<String> elf = ContentSniffer.detect(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0));
        Optional<String> zip = ContentSniffer.detect(bytes('P', 'K', 3, 4, 0x14, 0, 0, 0));
        Optional<String> quickTime = ContentSniffer.detect(bytes(0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '));
        Optional<String> gif = ContentSniffer.detect("GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(windowsExecutable).isEmpty();
        assertThat(elf).isEmpty();
        assertThat(zip).isEmpty();
        assertThat(quickTime).isEmpty();
        assertThat(gif).isEmpty();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
