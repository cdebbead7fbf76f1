package org.safar.results.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safar.results.FrameworkDraft;
import org.safar.results.ResultsFramework;
import org.springframework.format.annotation.DateTimeFormat;

/** The framework form: the org units and days it covers, and its policy markers. */
public class FrameworkForm {

  private List<Long> orgUnitIds = new ArrayList<>();

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startsOn;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate endsOn;

  private int genderMarker;
  private int humanRightsMarker;
  private int childMarker;
  private int version;

  static FrameworkForm of(ResultsFramework f) {
    FrameworkForm form = new FrameworkForm();
    form.orgUnitIds = new ArrayList<>(f.orgUnitIds());
    form.startsOn = f.startsOn();
    form.endsOn = f.endsOn();
    form.genderMarker = f.genderMarker();
    form.humanRightsMarker = f.humanRightsMarker();
    form.childMarker = f.childMarker();
    form.version = f.version();
    return form;
  }

  FrameworkDraft toDraft() {
    return new FrameworkDraft(
        orgUnitIds, startsOn, endsOn, genderMarker, humanRightsMarker, childMarker);
  }

  public List<Long> getOrgUnitIds() {
    return orgUnitIds;
  }

  public void setOrgUnitIds(List<Long> orgUnitIds) {
    this.orgUnitIds = orgUnitIds == null ? new ArrayList<>() : orgUnitIds;
  }

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

  public int getGenderMarker() {
    return genderMarker;
  }

  public void setGenderMarker(int genderMarker) {
    this.genderMarker = genderMarker;
  }

  public int getHumanRightsMarker() {
    return humanRightsMarker;
  }

  public void setHumanRightsMarker(int humanRightsMarker) {
    this.humanRightsMarker = humanRightsMarker;
  }

  public int getChildMarker() {
    return childMarker;
  }

  public void setChildMarker(int childMarker) {
    this.childMarker = childMarker;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
