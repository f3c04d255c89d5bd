package io.complaints.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** What the delivery log and the logs say of a failure: never an address, URL or phone number. */
class FailureTextTest {

    @Test
    void blanksAddressesUrlsAndNumbers() {
        var failure = new IllegalStateException("send failed", new IOException(
                "550 5.1.1 <zhang.san@example.org>: Recipient address rejected; see https://hooks.example.com/t/SECRET "
                        + "or call +86 138 1234 5678"));
        assertThat(FailureText.of(failure))
                .isEqualTo("IOException: 550 5.1.1 <<address>>: Recipient address rejected; see <url> or call <number>");
    }
}
