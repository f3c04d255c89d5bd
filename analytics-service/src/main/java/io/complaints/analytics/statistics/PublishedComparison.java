package io.complaints.analytics.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A month's figures as published on a date and as they are now, side by side, and what changed.
 *
 * @param publishedAt the instant the published figures stand at: the end of {@code publishedOn} in the
 *                    organisation's time zone (or the moment asked, on the day itself)
 * @param differences every figure, published and now, and the change (now − published; null where
 *                    either is not known, e.g. a rate over nothing)
 */
public record PublishedComparison(String unit, String month, LocalDate publishedOn, Instant publishedAt,
                                  Figures published, Figures now, List<Difference> differences) {

    /**
     * One figure published and now, e.g. {@code onTime} (a rate), {@code timeToClose.p90Hours}.
     *
     * @param changed whether the figure is not what was published
     */
    public record Difference(String figure, BigDecimal published, BigDecimal now, BigDecimal change, boolean changed) {

        static Difference of(String figure, BigDecimal published, BigDecimal now) {
            return new Difference(figure, published, now, published == null || now == null ? null
                    : plain(now.subtract(published)),
                    published == null ? now != null : now == null || published.compareTo(now) != 0);
        }
    }

    /** Without trailing zeros, and never in the exponent notation (10, not 1E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The figures compared, by the name the API and the console give them. */
    private static final List<Figure> FIGURES = List.of(
            count("total", Figures::total), count("valid", Figures::valid), count("invalid", Figures::invalid),
            count("withdrawn", Figures::withdrawn), decimal("onTime", f -> f.onTime().rate()),
            decimal("resolution", f -> f.resolution().rate()), decimal("satisfaction", f -> f.satisfaction().rate()),
            decimal("timelinessSatisfaction", f -> f.timelinessSatisfaction().rate()),
            count("escalations", Figures::escalations), count("reopened", Figures::reopened),
            count("repeats", Figures::repeats), count("timeToClose.closed", f -> f.timeToClose().closed()),
            decimal("timeToClose.meanHours", f -> f.timeToClose().meanHours()),
            number("timeToClose.p90Hours", f -> f.timeToClose().p90Hours()),
            number("firstContact.contacted", f -> f.firstContact() == null ? null : f.firstContact().contacted()),
            number("firstContact.medianHours", f -> f.firstContact() == null ? null : f.firstContact().medianHours()),
            number("firstContact.p90Hours", f -> f.firstContact() == null ? null : f.firstContact().p90Hours()));

    private record Figure(String name, Function<Figures, BigDecimal> value) {
    }

    static PublishedComparison of(PublishedQuestion question, Figures published, Figures now) {
        List<Difference> differences = new ArrayList<>();
        for (Figure figure : FIGURES) {
            differences.add(Difference.of(figure.name(), figure.value().apply(published), figure.value().apply(now)));
        }
        return new PublishedComparison(question.unit(), question.month(), question.publishedOn(),
                question.publishedAt(), published, now, List.copyOf(differences));
    }

    private static Figure count(String name, Function<Figures, Long> value) {
        return number(name, value);
    }

    private static Figure number(String name, Function<Figures, ? extends Number> value) {
        return new Figure(name, figures -> {
            Number n = value.apply(figures);
            return n == null ? null : n instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(n.longValue());
        });
    }

    private static Figure decimal(String name, Function<Figures, BigDecimal> value) {
        return new Figure(name, value);
    }
}
