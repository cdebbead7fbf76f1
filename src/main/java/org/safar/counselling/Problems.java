package org.safar.counselling;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 Problem Details for the intake API; every type is {@code urn:safar:problem:<name>}. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(int status, String name, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.valueOf(status));
    problem.setType(URI.create("urn:safar:problem:" + name));
    problem.setTitle(title);
    if (detail != null) {
      problem.setDetail(detail);
    }
    return problem;
  }

  /** Writes a problem where no message converter is at hand (security filters). */
  static void write(
      HttpServletResponse response, int status, String name, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"urn:safar:problem:"
                + name
                + "\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + (detail == null ? "" : ",\"detail\":\"" + detail.replace("\"", "'") + "\"")
                + "}");
  }
}
