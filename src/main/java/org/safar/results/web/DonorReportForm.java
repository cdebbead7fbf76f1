package org.safar.results.web;

import java.time.LocalDate;
import org.safar.results.DonorReport;
import org.springframework.format.annotation.DateTimeFormat;

/** The donor report form: the period and the narrative. Checked by the service. */
public class DonorReportForm {

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate periodStart;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate periodEnd;

  private String summary;
  private String achievements;
  private String challenges;
  private String nextSteps;
  private int version;

  static DonorReportForm of(DonorReport r) {
    DonorReportForm f = new DonorReportForm();
    f.periodStart = r.periodStart();
    f.periodEnd = r.periodEnd();
    f.summary = r.summary();
    f.achievements = r.achievements();
    f.challenges = r.challenges();
    f.nextSteps = r.nextSteps();
    f.version = r.version();
    return f;
  }

  DonorReport toDraft() {
    return DonorReport.draft(periodStart, periodEnd, summary, achievements, challenges, nextSteps);
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getAchievements() {
    return achievements;
  }

  public void setAchievements(String achievements) {
    this.achievements = achievements;
  }

  public String getChallenges() {
    return challenges;
  }

  public void setChallenges(String challenges) {
    this.challenges = challenges;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public void setNextSteps(String nextSteps) {
    this.nextSteps = nextSteps;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
