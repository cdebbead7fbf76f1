package org.safar.counselling.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** An inquiry as a channel integration posts it. */
@Schema(description = "An inquiry that reached the MRC through a channel integration")
public record IntakeRequest(
    @Schema(
            description = "How it arrived",
            example = "MESSENGER",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String channel,
    @Schema(
            description = "The question, in any script",
            example = "Is this recruitment agency licensed?",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String question,
    @Schema(description = "BCP 47 tag of the language it was asked in", example = "bn")
        String language,
    @Schema(description = "When it was received; now if absent", example = "2026-11-24T09:15:00Z")
        Instant receivedAt,
    @Schema(
            description = "Code of the MRC; must be the token's MRC if given",
            example = "MRC-DHAKA")
        String mrc,
    Contact contact) {

  /** How to reach the person, if they said. */
  public record Contact(String name, String phone, String email) {}
}
