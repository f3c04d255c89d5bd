package io.complaints.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The signature a receiver checks, pinned to a value computed outside Java. */
class SignatureTest {

    @Test
    void isTheHmacSha256OfTimestampDotBody() {
        // printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'a-secret-of-16+chars'
        assertThat(Signature.sign("a-secret-of-16+chars", "1700000000", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=d9d3132cf41677c90b74c5c2a2d7b0e90f57498b3705f08395774d7cab519a78");
    }
}
