package io.complaints.handling.whatif;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code complaints.what-if}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WhatIfProperties.class)
class WhatIfConfiguration {
}
