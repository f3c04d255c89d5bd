package io.complaints.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.Test;

class RandomIdentifiersTest {

    @Test
    void axonNamesItsMessagesWithThem() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(RandomIdentifiers.class);
        String identifier = new GenericMessage<>("payload").getIdentifier();
        assertThat(UUID.fromString(identifier).version()).isEqualTo(4);
    }

    @Test
    void eachIsAVersion4UuidAndNoneRepeatsAcrossThreads() throws InterruptedException {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        try (var threads = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 8).forEach(t -> threads.submit(() -> {
                for (int i = 0; i < 25_000; i++) {
                    seen.add(RandomIdentifiers.next());
                }
            }));
        }
        assertThat(seen).hasSize(200_000);
        assertThat(seen).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
        });
    }
}
