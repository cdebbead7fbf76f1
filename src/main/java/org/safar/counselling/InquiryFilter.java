package org.safar.counselling;

import java.time.LocalDate;
import org.safar.shell.ResultPage;

/** What the inbox is narrowed to; every part is optional. Dates are UTC days, both included. */
public record InquiryFilter(
    Long mrcId,
    InquiryStatus status,
    Channel channel,
    Long assignee,
    LocalDate from,
    LocalDate to,
    String text) {

  String like() {
    return ResultPage.containing(text);
  }
}
