package org.safar.assistance.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safar.assistance.ActionTheme;
import org.safar.assistance.EmployerKind;
import org.safar.assistance.Expert;
import org.safar.assistance.ExpertDraft;

/** The expert form as the browser sends it; languages are typed as a list. */
public class ExpertForm {

  private Long ownerOrgUnitId;
  private String fullName;
  private String employer;
  private EmployerKind employerKind;
  private String nationality;
  private Set<ActionTheme> expertise = EnumSet.noneOf(ActionTheme.class);
  private String languages;
  private String email;
  private int version;

  static ExpertForm of(Expert e) {
    ExpertForm f = new ExpertForm();
    f.ownerOrgUnitId = e.ownerOrgUnitId();
    f.fullName = e.fullName();
    f.employer = e.employer();
    f.employerKind = e.employerKind();
    f.nationality = e.nationality();
    f.expertise =
        e.expertise().isEmpty() ? EnumSet.noneOf(ActionTheme.class) : EnumSet.copyOf(e.expertise());
    f.languages = String.join(", ", e.languages());
    f.email = e.email();
    f.version = e.version();
    return f;
  }

  ExpertDraft toDraft() {
    List<String> tags =
        languages == null
            ? List.of()
            : Arrays.stream(languages.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    return new ExpertDraft(
        ownerOrgUnitId, fullName, employer, employerKind, nationality, expertise, tags, email);
  }

  public Long getOwnerOrgUnitId() {
    return ownerOrgUnitId;
  }

  public void setOwnerOrgUnitId(Long ownerOrgUnitId) {
    this.ownerOrgUnitId = ownerOrgUnitId;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmployer() {
    return employer;
  }

  public void setEmployer(String employer) {
    this.employer = employer;
  }

  public EmployerKind getEmployerKind() {
    return employerKind;
  }

  public void setEmployerKind(EmployerKind employerKind) {
    this.employerKind = employerKind;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public Set<ActionTheme> getExpertise() {
    return expertise;
  }

  public void setExpertise(Set<ActionTheme> expertise) {
    this.expertise = expertise;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
