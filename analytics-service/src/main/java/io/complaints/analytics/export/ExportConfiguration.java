package io.complaints.analytics.export;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.complaints.platform.limits.CallerPermits;

/**
 * Exports are capped: so many at once per caller and per instance ({@link ExportSettings}).
 * Exports are written after the request handler returns, on a thread of their own; the servlet
 * container's default (30 s) would cut a large one off, so they get {@link ExportSettings#timeout()}.
 * The exports are the only answers of this service written that way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExportSettings.class)
class ExportConfiguration implements WebMvcConfigurer {

    private final ExportSettings settings;

    ExportConfiguration(ExportSettings settings) {
        this.settings = settings;
    }

    @Bean
    CallerPermits exportPermits() {
        return new CallerPermits("ledger exports", settings.perCaller(), settings.inAll());
    }

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer async) {
        async.setDefaultTimeout(settings.timeout().toMillis());
    }
}
