package org.safar.outreach.web;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.safar.outreach.AgeBand;
import org.safar.outreach.EventDraft;
import org.safar.outreach.EventKind;
import org.safar.outreach.OutreachEvent;
import org.safar.outreach.Sex;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The event form as the browser sends it. Attendance cells are named {@code
 * counts[FEMALE_AGE_18_24]}; reach is its own field, never a cell.
 */
public class EventForm {

  private Long campaignId;
  private Long projectId;
  private Long orgUnitId;
  private EventKind kind;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate heldOn;

  private String place;

  @PositiveOrZero(message = "{outreach.error.reach}")
  private Long reach;

  private String notes;
  private Map<String, Integer> counts = new HashMap<>();
  private int version;

  static EventForm of(OutreachEvent e) {
    EventForm f = new EventForm();
    f.campaignId = e.campaignId();
    f.projectId = e.projectId();
    f.orgUnitId = e.orgUnitId();
    f.kind = e.kind();
    f.heldOn = e.heldOn();
    f.place = e.place();
    f.reach = e.reach();
    f.notes = e.notes();
    for (Sex sex : Sex.values()) {
      for (AgeBand band : AgeBand.values()) {
        if (e.count(sex, band) > 0) {
          f.counts.put(sex.name() + "_" + band.name(), e.count(sex, band));
        }
      }
    }
    f.version = e.version();
    return f;
  }

  EventDraft toDraft() {
    Map<String, Integer> cells = new HashMap<>();
    counts.forEach(
        (key, n) -> {
          if (n != null) {
            cells.put(cellOf(key), n);
          }
        });
    return new EventDraft(
        campaignId, projectId, orgUnitId, kind, heldOn, place, reach, notes, cells);
  }

  /** "FEMALE_AGE_18_24" → "FEMALE/AGE_18_24"; anything else stays as sent, and is refused. */
  private static String cellOf(String key) {
    for (Sex sex : Sex.values()) {
      if (key.startsWith(sex.name() + "_")) {
        return sex.name() + "/" + key.substring(sex.name().length() + 1);
      }
    }
    return key;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(Long campaignId) {
    this.campaignId = campaignId;
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public Long getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(Long orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public EventKind getKind() {
    return kind;
  }

  public void setKind(EventKind kind) {
    this.kind = kind;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Long getReach() {
    return reach;
  }

  public void setReach(Long reach) {
    this.reach = reach;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Map<String, Integer> getCounts() {
    return counts;
  }

  public void setCounts(Map<String, Integer> counts) {
    this.counts = counts;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
