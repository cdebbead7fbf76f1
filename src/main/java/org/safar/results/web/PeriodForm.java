package org.safar.results.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A target or a manual value for a period. */
public class PeriodForm {

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startsOn;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate endsOn;

  private BigDecimal value;
  private String note;

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
