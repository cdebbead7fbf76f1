package org.safar.portfolio.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.safar.portfolio.Programme;
import org.safar.portfolio.ProgrammeStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The portfolio entry form as the browser sends it; lists are typed separated by commas. */
public class PortfolioForm {

  private String title;
  private String summary;
  private String donors;
  private String implementers;
  private String beneficiaries;
  private List<String> countryCodes = new ArrayList<>();

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startDate;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate endDate;

  private BigDecimal budget;
  private String currency;
  private ProgrammeStatus status;
  private int version;

  static PortfolioForm of(Programme p) {
    PortfolioForm f = new PortfolioForm();
    f.title = p.title();
    f.summary = p.summary();
    f.donors = String.join(", ", p.donors());
    f.implementers = String.join(", ", p.implementers());
    f.beneficiaries = String.join("; ", p.beneficiaries());
    f.countryCodes = new ArrayList<>(p.countryCodes());
    f.startDate = p.startDate();
    f.endDate = p.endDate();
    f.budget = p.budget();
    f.currency = p.currency();
    f.status = p.status();
    f.version = p.version();
    return f;
  }

  Programme toDraft() {
    return new Programme(
        null,
        null,
        null,
        null,
        title,
        summary,
        split(donors),
        split(implementers),
        split(beneficiaries),
        countryCodes == null ? List.of() : countryCodes,
        startDate,
        endDate,
        budget,
        currency,
        status,
        0,
        version);
  }

  /** Semicolons or new lines separate; commas too, except for beneficiaries' long names. */
  private static List<String> split(String typed) {
    if (typed == null) {
      return List.of();
    }
    String separators = typed.contains(";") || typed.contains("\n") ? "[;\\n]" : ",";
    return Arrays.stream(typed.split(separators))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getDonors() {
    return donors;
  }

  public void setDonors(String donors) {
    this.donors = donors;
  }

  public String getImplementers() {
    return implementers;
  }

  public void setImplementers(String implementers) {
    this.implementers = implementers;
  }

  public String getBeneficiaries() {
    return beneficiaries;
  }

  public void setBeneficiaries(String beneficiaries) {
    this.beneficiaries = beneficiaries;
  }

  public List<String> getCountryCodes() {
    return countryCodes;
  }

  public void setCountryCodes(List<String> countryCodes) {
    this.countryCodes = countryCodes;
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

  public BigDecimal getBudget() {
    return budget;
  }

  public void setBudget(BigDecimal budget) {
    this.budget = budget;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public ProgrammeStatus getStatus() {
    return status;
  }

  public void setStatus(ProgrammeStatus status) {
    this.status = status;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
