package org.safar.assistance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.safar.assistance.ActivityDraft;
import org.safar.assistance.ActivityKind;
import org.safar.assistance.AssistanceActivity;
import org.springframework.format.annotation.DateTimeFormat;

/** The activity form as the browser sends it. */
public class ActivityForm {

  private ActivityKind kind;
  private String title;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startDate;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate endDate;

  private String place;
  private String hostCountry;
  private Integer women;
  private Integer men;
  private Integer otherSex;
  private BigDecimal preTestScore;
  private BigDecimal postTestScore;
  private String notes;
  private int version;

  static ActivityForm of(AssistanceActivity a) {
    ActivityForm f = new ActivityForm();
    f.kind = a.kind();
    f.title = a.title();
    f.startDate = a.startDate();
    f.endDate = a.endDate();
    f.place = a.place();
    f.hostCountry = a.hostCountry();
    f.women = a.women();
    f.men = a.men();
    f.otherSex = a.otherSex();
    f.preTestScore = a.preTestScore();
    f.postTestScore = a.postTestScore();
    f.notes = a.notes();
    f.version = a.version();
    return f;
  }

  ActivityDraft toDraft() {
    return new ActivityDraft(
        kind,
        title,
        startDate,
        endDate,
        place,
        hostCountry,
        women,
        men,
        otherSex,
        preTestScore,
        postTestScore,
        notes);
  }

  public ActivityKind getKind() {
    return kind;
  }

  public void setKind(ActivityKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
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

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getHostCountry() {
    return hostCountry;
  }

  public void setHostCountry(String hostCountry) {
    this.hostCountry = hostCountry;
  }

  public Integer getWomen() {
    return women;
  }

  public void setWomen(Integer women) {
    this.women = women;
  }

  public Integer getMen() {
    return men;
  }

  public void setMen(Integer men) {
    this.men = men;
  }

  public Integer getOtherSex() {
    return otherSex;
  }

  public void setOtherSex(Integer otherSex) {
    this.otherSex = otherSex;
  }

  public BigDecimal getPreTestScore() {
    return preTestScore;
  }

  public void setPreTestScore(BigDecimal preTestScore) {
    this.preTestScore = preTestScore;
  }

  public BigDecimal getPostTestScore() {
    return postTestScore;
  }

  public void setPostTestScore(BigDecimal postTestScore) {
    this.postTestScore = postTestScore;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
