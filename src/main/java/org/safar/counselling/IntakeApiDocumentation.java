package org.safar.counselling;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class IntakeApiDocumentation {

  @Bean
  OpenAPI safarOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Safar API")
                .version("v1")
                .description(
                    "Channel integrations post inquiries into an MRC's inbox. Each MRC issues its"
                        + " own tokens from the desk; errors are RFC 9457 Problem Details."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "intakeToken",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A token issued by the MRC (sft_…)")));
  }
}
