package io.complaints.platform.web;

import java.util.List;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.complaints.platform.text.PlainTextModule;

/** The HTTP edge every service shares: problem+json errors, plain text only, and the actor of each request. */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemDetailsAdvice.class)
public class WebEdgeAutoConfiguration {

    /** Registered by Spring Boot with every ObjectMapper it builds. */
    @Bean
    PlainTextModule plainTextModule() {
        return new PlainTextModule();
    }

    /**
     * Tomcat's own refusals as problem+json: an encoded {@code /} in a path reaches the security
     * firewall, which refuses it like every malformed address, and what Tomcat refuses before any
     * application code sees it (an encoded NUL) is reported by {@link ProblemErrorReport}, not as HTML.
     */
    @Bean
    @ConditionalOnClass(Tomcat.class)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatRefusalsAsProblems() {
        return factory -> {
            factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling(
                    EncodedSolidusHandling.PASS_THROUGH.getValue()));
            factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    ProblemErrorReport.replaceIn(context);
                }
            }));
        };
    }

    @Bean
    WebMvcConfigurer actorResolution() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }
}
