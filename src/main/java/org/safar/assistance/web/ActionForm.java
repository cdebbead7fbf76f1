package org.safar.assistance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safar.assistance.ActionDraft;
import org.safar.assistance.ActionStatus;
import org.safar.assistance.ActionTheme;
import org.safar.assistance.AssistanceAction;
import org.springframework.format.annotation.DateTimeFormat;

/** The action form as the browser sends it. */
public class ActionForm {

  private Long projectId;
  private String title;
  private List<String> countryCodes = new ArrayList<>();
  private String requestingInstitution;
  private ActionTheme theme;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate requestedOn;

  private ActionStatus status = ActionStatus.REQUESTED;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startDate;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate endDate;

  private String summary;
  private int version;

  static ActionForm of(AssistanceAction a) {
    ActionForm f = new ActionForm();
    f.projectId = a.projectId();
    f.title = a.title();
    f.countryCodes = new ArrayList<>(a.countryCodes());
    f.requestingInstitution = a.requestingInstitution();
    f.theme = a.theme();
    f.requestedOn = a.requestedOn();
    f.status = a.status();
    f.startDate = a.startDate();
    f.endDate = a.endDate();
    f.summary = a.summary();
    f.version = a.version();
    return f;
  }

  /** The org unit keeping the action is the project's (or, when editing, stays as it was). */
  ActionDraft toDraft(Long ownerOrgUnitId) {
    return new ActionDraft(
        projectId,
        ownerOrgUnitId,
        title,
        countryCodes,
        requestingInstitution,
        theme,
        requestedOn,
        status,
        startDate,
        endDate,
        summary);
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<String> getCountryCodes() {
    return countryCodes;
  }

  public void setCountryCodes(List<String> countryCodes) {
    this.countryCodes = countryCodes;
  }

  public String getRequestingInstitution() {
    return requestingInstitution;
  }

  public void setRequestingInstitution(String requestingInstitution) {
    this.requestingInstitution = requestingInstitution;
  }

  public ActionTheme getTheme() {
    return theme;
  }

  public void setTheme(ActionTheme theme) {
    this.theme = theme;
  }

  public LocalDate getRequestedOn() {
    return requestedOn;
  }

  public void setRequestedOn(LocalDate requestedOn) {
    this.requestedOn = requestedOn;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public void setStatus(ActionStatus status) {
    this.status = status;
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

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
