package io.complaints.analytics.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.platform.personaldata.SealedText;
import io.complaints.platform.personaldata.SealedTextClient;
import io.complaints.platform.security.ServiceAccessTokens;

/**
 * What complainants wrote, as the ledger shows it: intake publishes it sealed under the complainant's key,
 * the ledger keeps it so, and has intake open it when rows are read (a page, or an export chunk by chunk).
 * Erased since, or not opened (intake unreachable, or not configured), it shows as null: never the
 * ciphertext. Text published before sealing existed shows as it is.
 */
@Component
@EnableConfigurationProperties(IntakeTextsProperties.class)
public class LedgerTexts {

    private static final Logger log = LoggerFactory.getLogger(LedgerTexts.class);
    static final int CHUNK = 200;

    private final Optional<SealedTextClient> intake;

    LedgerTexts(IntakeTextsProperties properties, ObjectMapper json) {
        this.intake = properties.configured() ? Optional.of(new SealedTextClient(properties.url(),
                new ServiceAccessTokens("intake", "analytics-service", properties.clientId(),
                        properties.clientSecret(), properties.tokenUri(), properties.timeout()),
                json, properties.timeout())) : Optional.empty();
        if (intake.isEmpty()) {
            log.warn("complaints.analytics.intake.token-uri and .client-secret are not set: the ledger shows "
                    + "complainants' sealed texts as null");
        }
    }

    /** The rows' texts opened: a function from each stored text to the text shown. */
    public UnaryOperator<String> of(Collection<LedgerRow> rows) {
        List<String> sealed = rows.stream().flatMap(row -> Stream.of(row.description(), row.demand()))
                .filter(SealedText::isSealed).toList();
        if (sealed.isEmpty()) {
            return UnaryOperator.identity();
        }
        Map<String, SealedTextClient.Opened> opened = Map.of();
        try {
            opened = intake.map(client -> client.open(sealed)).orElse(Map.of());
        } catch (SealedTextClient.Unopened unopened) {
            log.warn("{} sealed texts of the ledger shown as null: {}", sealed.size(), unopened.getMessage());
        }
        Map<String, SealedTextClient.Opened> texts = opened;
        return text -> !SealedText.isSealed(text) ? text
                : Optional.ofNullable(texts.get(text)).map(SealedTextClient.Opened::text).orElse(null);
    }

    /** The rows as views, their texts opened a chunk at a time. */
    public Iterator<LedgerView> views(Iterator<LedgerRow> rows, java.time.Instant now) {
        return new Iterator<>() {
            private Iterator<LedgerView> chunk = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                if (!chunk.hasNext() && rows.hasNext()) {
                    List<LedgerRow> next = new ArrayList<>(CHUNK);
                    while (rows.hasNext() && next.size() < CHUNK) {
                        next.add(rows.next());
                    }
                    UnaryOperator<String> texts = of(next);
                    chunk = next.stream().map(row -> LedgerView.of(row, now, texts)).iterator();
                }
                return chunk.hasNext();
            }

            @Override
            public LedgerView next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return chunk.next();
            }
        };
    }
}
