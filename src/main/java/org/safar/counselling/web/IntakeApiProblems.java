package org.safar.counselling.web;

import org.safar.counselling.InquiryIntake.IdempotencyKeyReusedException;
import org.safar.counselling.InvalidCounsellingInputException;
import org.safar.counselling.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal of the intake API as RFC 9457 Problem Details. */
@RestControllerAdvice(assignableTypes = IntakeApiController.class)
class IntakeApiProblems {

  @ExceptionHandler(IntakeProblem.class)
  ResponseEntity<ProblemDetail> refused(IntakeProblem e) {
    return ResponseEntity.status(e.status).body(Problems.of(e.status, e.type, e.title, e.detail));
  }

  @ExceptionHandler(InvalidCounsellingInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidCounsellingInputException e) {
    ProblemDetail problem =
        Problems.of(
            422, "invalid-field", "A field breaks a rule", e.field() + ": " + e.messageKey());
    problem.setProperty("field", e.field());
    problem.setProperty("rule", e.messageKey());
    return ResponseEntity.status(422).body(problem);
  }

  @ExceptionHandler(IdempotencyKeyReusedException.class)
  ResponseEntity<ProblemDetail> reused(IdempotencyKeyReusedException e) {
    return ResponseEntity.status(422)
        .body(
            Problems.of(
                422,
                "idempotency-key-reused",
                "This Idempotency-Key was used for a different request",
                "Use a new key for a new inquiry; reuse a key only to retry the same body."));
  }
}
