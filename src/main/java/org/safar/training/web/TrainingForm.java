package org.safar.training.web;

import java.util.ArrayList;
import java.util.List;
import org.safar.training.Participation;
import org.safar.training.Training;
import org.safar.training.TrainingDraft;
import org.safar.training.TrainingKind;

/** The training form as the browser sends it; numbers and dates stay text until checked. */
public class TrainingForm {

  private String orgUnitId;
  private String programmeId;
  private String seriesId;
  private String kind = TrainingKind.TRAINING.name();
  private String title;
  private String place;
  private String startsOn;
  private String endsOn;
  private String participation = Participation.PERSONS.name();
  private String femaleCount;
  private String maleCount;
  private String otherCount;
  private String notes;
  private List<Long> moduleIds = new ArrayList<>();
  private int version;

  static TrainingForm of(Training t) {
    TrainingForm f = new TrainingForm();
    f.orgUnitId = Long.toString(t.orgUnitId());
    f.programmeId = Long.toString(t.programmeId());
    f.seriesId = t.seriesId() == null ? "" : t.seriesId().toString();
    f.kind = t.kind().name();
    f.title = t.title();
    f.place = t.place();
    f.startsOn = t.startsOn().toString();
    f.endsOn = t.endsOn().toString();
    f.participation = t.participation().name();
    f.femaleCount = Integer.toString(t.femaleCount());
    f.maleCount = Integer.toString(t.maleCount());
    f.otherCount = Integer.toString(t.otherCount());
    f.notes = t.notes();
    f.moduleIds = new ArrayList<>(t.moduleIds());
    f.version = t.version();
    return f;
  }

  TrainingDraft toDraft() {
    return new TrainingDraft(
        Forms.id(orgUnitId, "orgUnitId", "training.error.orgUnit"),
        Forms.id(programmeId, "programmeId", "training.error.project"),
        Forms.id(seriesId, "seriesId", "training.error.series"),
        Forms.term(TrainingKind.class, kind, "kind", "training.error.kind"),
        title,
        place,
        Forms.date(startsOn, "startsOn"),
        Forms.date(endsOn, "endsOn"),
        Forms.term(
            Participation.class, participation, "participation", "training.error.participation"),
        Forms.count(femaleCount, "counts"),
        Forms.count(maleCount, "counts"),
        Forms.count(otherCount, "counts"),
        notes,
        moduleIds);
  }

  public String getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(String orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public String getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(String programmeId) {
    this.programmeId = programmeId;
  }

  public String getSeriesId() {
    return seriesId;
  }

  public void setSeriesId(String seriesId) {
    this.seriesId = seriesId;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(String startsOn) {
    this.startsOn = startsOn;
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String endsOn) {
    this.endsOn = endsOn;
  }

  public String getParticipation() {
    return participation;
  }

  public void setParticipation(String participation) {
    this.participation = participation;
  }

  public String getFemaleCount() {
    return femaleCount;
  }

  public void setFemaleCount(String femaleCount) {
    this.femaleCount = femaleCount;
  }

  public String getMaleCount() {
    return maleCount;
  }

  public void setMaleCount(String maleCount) {
    this.maleCount = maleCount;
  }

  public String getOtherCount() {
    return otherCount;
  }

  public void setOtherCount(String otherCount) {
    this.otherCount = otherCount;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public List<Long> getModuleIds() {
    return moduleIds;
  }

  public void setModuleIds(List<Long> moduleIds) {
    this.moduleIds = moduleIds == null ? new ArrayList<>() : moduleIds;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
