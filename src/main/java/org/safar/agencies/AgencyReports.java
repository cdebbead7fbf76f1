package org.safar.agencies;

import org.safar.counselling.Inquiry;
import org.safar.counselling.InquiryDraft;
import org.safar.counselling.InquiryIntake;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visitor's report about an agency becomes an inquiry in the chosen MRC's inbox, flagged as a
 * grievance, so a counsellor follows it up like any other question.
 */
@Service
public class AgencyReports {

  private final InquiryIntake intake;
  private final AgencyRepository agencies;

  AgencyReports(InquiryIntake intake, AgencyRepository agencies) {
    this.intake = intake;
    this.agencies = agencies;
  }

  /** Sends the report; the answer is its reference number (the inquiry's number). */
  @Transactional
  public long report(AgencyReport report) {
    StringBuilder question = new StringBuilder("[Agency report] ").append(report.agency().strip());
    if (report.agencyId() != null) {
      agencies
          .findById(report.agencyId())
          .ifPresent(
              a ->
                  question
                      .append(" — registry: ")
                      .append(a.name())
                      .append(", licence ")
                      .append(a.licenceNumber())
                      .append(" (")
                      .append(a.countryCode())
                      .append("), ")
                      .append(a.status().code()));
    }
    question.append("\n\n").append(report.whatHappened().strip());
    Inquiry inquiry =
        intake.receiveFromPortal(
            new InquiryDraft(
                report.mrcId(),
                null,
                null,
                report.language(),
                question.toString(),
                report.contactName(),
                report.contactPhone(),
                report.contactEmail()),
            true);
    return inquiry.id();
  }
}
