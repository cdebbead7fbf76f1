package org.safar.counselling.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.safar.counselling.Channel;
import org.safar.counselling.InquiryDraft;
import org.safar.counselling.InquiryIntake;
import org.safar.counselling.InquiryIntake.ConcurrentIntakeException;
import org.safar.counselling.InquiryIntake.Received;
import org.safar.counselling.IntakeCaller;
import org.safar.orgunits.OrgUnits;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Inquiries from channel integrations: a Messenger or WhatsApp bot, a call-centre system. */
@RestController
@Tag(name = "Intake", description = "Inquiries from channel integrations")
@SecurityRequirement(name = "intakeToken")
class IntakeApiController {

  static final int MAX_BODY = 64 * 1024;

  private final InquiryIntake intake;
  private final OrgUnits orgUnits;
  private final JsonMapper json;

  IntakeApiController(InquiryIntake intake, OrgUnits orgUnits, JsonMapper json) {
    this.intake = intake;
    this.orgUnits = orgUnits;
    this.json = json;
  }

  @Operation(
      summary = "Post an inquiry to the token's MRC",
      description =
          "A retry with the same Idempotency-Key returns the first answer and creates nothing."
              + " The 201 is sent after the inquiry is committed.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(implementation = IntakeRequest.class))),
      parameters =
          @Parameter(
              name = "Idempotency-Key",
              in = ParameterIn.HEADER,
              required = true,
              description =
                  "Unique per inquiry, reused on every retry of it (up to 200 characters)"),
      responses = {
        @ApiResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = IntakeResponse.class))),
        @ApiResponse(
            responseCode = "200",
            description = "A retry: the inquiry made by the first request"),
        @ApiResponse(
            responseCode = "400",
            description = "Malformed JSON or a missing Idempotency-Key",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(
            responseCode = "401",
            description = "Missing or invalid token",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(
            responseCode = "403",
            description = "The MRC named is not the token's",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(
            responseCode = "413",
            description = "Body over 64 KB",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(
            responseCode = "415",
            description = "Not application/json",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(
            responseCode = "422",
            description = "A field breaks a rule, or the key was used for another body",
            content = @Content(mediaType = "application/problem+json"))
      })
  @PostMapping(path = "/api/v1/inquiries", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<IntakeResponse> post(
      @AuthenticationPrincipal IntakeCaller caller,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      HttpServletRequest request)
      throws IOException {
    if (request.getContentType() == null
        || !MediaType.APPLICATION_JSON.isCompatibleWith(
            MediaType.parseMediaType(request.getContentType()))) {
      throw new IntakeProblem(415, "unsupported-media-type", "Send application/json", null);
    }
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
      throw new IntakeProblem(
          400,
          "idempotency-key",
          "An Idempotency-Key header is required",
          "Send a unique key of 1 to 200 characters per inquiry and reuse it on retries.");
    }
    byte[] body = readBounded(request);
    IntakeRequest posted = parse(body);
    InquiryDraft draft = toDraft(posted, caller);
    String hash = InquiryIntake.bodyHash(body);
    Received received;
    try {
      received = intake.receive(caller, idempotencyKey, hash, draft);
    } catch (ConcurrentIntakeException raced) {
      received = intake.replayOf(caller, idempotencyKey, hash);
    }
    IntakeResponse answer = IntakeResponse.of(received.inquiry());
    if (received.replayed()) {
      return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(answer);
    }
    return ResponseEntity.created(URI.create("/api/v1/inquiries/" + answer.id())).body(answer);
  }

  private static byte[] readBounded(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      throw tooLarge();
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw tooLarge();
      }
      return body;
    }
  }

  private static IntakeProblem tooLarge() {
    return new IntakeProblem(413, "payload-too-large", "The body is over 64 KB", null);
  }

  private IntakeRequest parse(byte[] body) {
    try {
      IntakeRequest posted = json.readValue(body, IntakeRequest.class);
      if (posted == null) {
        throw new IntakeProblem(400, "malformed-json", "The body is not a JSON object", null);
      }
      return posted;
    } catch (JacksonException e) {
      throw new IntakeProblem(
          400, "malformed-json", "The body is not valid JSON", e.getOriginalMessage());
    }
  }

  private InquiryDraft toDraft(IntakeRequest r, IntakeCaller caller) {
    if (r.mrc() != null) {
      var named = orgUnits.findByCode(r.mrc());
      if (named.isEmpty()) {
        throw new IntakeProblem(422, "unknown-mrc", "No MRC has this code", "mrc: " + r.mrc());
      }
      if (named.get().id() != caller.mrcId()) {
        throw new IntakeProblem(
            403, "other-mrc", "The token belongs to another MRC", "mrc: " + r.mrc());
      }
    }
    Channel channel;
    try {
      channel = r.channel() == null ? null : Channel.valueOf(r.channel());
    } catch (IllegalArgumentException e) {
      throw new IntakeProblem(
          422,
          "invalid-field",
          "Unknown channel",
          "channel must be one of " + java.util.Arrays.toString(Channel.values()));
    }
    IntakeRequest.Contact c = r.contact();
    return new InquiryDraft(
        caller.mrcId(),
        channel,
        r.receivedAt(),
        r.language(),
        r.question(),
        c == null ? null : c.name(),
        c == null ? null : c.phone(),
        c == null ? null : c.email());
  }
}
