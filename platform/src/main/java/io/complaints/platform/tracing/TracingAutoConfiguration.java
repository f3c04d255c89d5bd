package io.complaints.platform.tracing;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Traces across the services (OpenTelemetry through Micrometer Tracing, set up by Spring Boot):
 * the trace context goes with each stored event and each Kafka record ({@link EventTracing}).
 * Nothing is sent anywhere until {@code management.otlp.tracing.endpoint} names a collector, and
 * what is sent holds no personal data ({@link PersonalDataFreeSpans}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
public class TracingAutoConfiguration {

    @Bean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer available = tracer.getIfAvailable();
        Propagator propagation = propagator.getIfAvailable();
        return available == null || propagation == null ? EventTracing.off() : new EventTracing(available, propagation);
    }

    @Bean
    static BeanPostProcessor spanExportersWithoutPersonalData() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof SpanExporter exporter && !(bean instanceof PersonalDataFreeSpans)
                        ? new PersonalDataFreeSpans(exporter) : bean;
            }
        };
    }

    /**
     * The event-sourced services: each stored event keeps the trace context it was stored in. After
     * Axon's auto-configuration, so that its own provider (message origin) is kept beside this one.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CorrelationDataProvider.class)
    static class StoredTraceContext {

        @Bean
        CorrelationDataProvider traceContextCorrelation(EventTracing tracing) {
            return new TraceContextCorrelation(tracing);
        }
    }
}
