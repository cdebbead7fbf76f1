package org.safar.results.web;

import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicator API in the OpenAPI description: it answers to a staff member's session. */
@Configuration(proxyBeanMethods = false)
class ResultsApiDocumentation {

  @Bean
  OpenApiCustomizer staffSessionScheme() {
    return api ->
        api.getComponents()
            .addSecuritySchemes(
                "staffSession",
                new SecurityScheme()
                    .type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.COOKIE)
                    .name("SESSION")
                    .description(
                        "The session cookie of a signed-in M&E officer, programme manager,"
                            + " administrator or viewer (indicator API)"));
  }
}
