package org.safar.assistance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.safar.assistance.DeploymentDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** An expert to deploy on an activity, as the browser sends it. */
public class DeploymentForm {

  private Long expertId;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startDate;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate endDate;

  private BigDecimal daysWorked;

  DeploymentDraft toDraft() {
    return new DeploymentDraft(expertId, startDate, endDate, daysWorked);
  }

  public Long getExpertId() {
    return expertId;
  }

  public void setExpertId(Long expertId) {
    this.expertId = expertId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public BigDecimal getDaysWorked() {
    return daysWorked;
  }

  public void setDaysWorked(BigDecimal daysWorked) {
    this.daysWorked = daysWorked;
  }
}
