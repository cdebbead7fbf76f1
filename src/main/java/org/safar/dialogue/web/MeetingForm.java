package org.safar.dialogue.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safar.dialogue.Meeting;
import org.safar.dialogue.MeetingDraft;
import org.safar.dialogue.MeetingKind;
import org.safar.dialogue.OrganisationType;
import org.safar.dialogue.Participation;
import org.springframework.format.annotation.DateTimeFormat;

/** The meeting form; participants are lines {@code lines[0].countryCode} etc., blanks ignored. */
public class MeetingForm {

  /** Empty lines offered below the filled ones; save and edit again for more. */
  static final int SPARE_LINES = 5;

  private Long projectId;
  private Long orgUnitId;
  private MeetingKind kind;
  private String title;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate heldOn;

  private String place;
  private String notes;
  private List<Line> lines = new ArrayList<>();
  private int version;

  static MeetingForm of(Meeting m) {
    MeetingForm f = new MeetingForm();
    f.projectId = m.projectId();
    f.orgUnitId = m.orgUnitId();
    f.kind = m.kind();
    f.title = m.title();
    f.heldOn = m.heldOn();
    f.place = m.place();
    f.notes = m.notes();
    for (Participation p : m.participants()) {
      f.lines.add(new Line(p.countryCode(), p.organisationType(), p.people()));
    }
    f.version = m.version();
    return f;
  }

  /** Pads the participant lines with empty ones. */
  MeetingForm withSpareLines() {
    List<Line> padded = new ArrayList<>();
    for (Line l : lines) {
      if (!l.isBlank()) {
        padded.add(l);
      }
    }
    for (int i = 0; i < SPARE_LINES; i++) {
      padded.add(new Line());
    }
    lines = padded;
    return this;
  }

  MeetingDraft toDraft() {
    return new MeetingDraft(
        projectId,
        orgUnitId,
        kind,
        title,
        heldOn,
        place,
        notes,
        lines.stream()
            .map(
                l ->
                    new MeetingDraft.ParticipationLine(l.countryCode, l.organisationType, l.people))
            .toList());
  }

  /** One participant line as typed. */
  public static class Line {
    private String countryCode;
    private OrganisationType organisationType;
    private Integer people;

    public Line() {}

    Line(String countryCode, OrganisationType organisationType, Integer people) {
      this.countryCode = countryCode;
      this.organisationType = organisationType;
      this.people = people;
    }

    boolean isBlank() {
      return (countryCode == null || countryCode.isBlank())
          && organisationType == null
          && people == null;
    }

    public String getCountryCode() {
      return countryCode;
    }

    public void setCountryCode(String countryCode) {
      this.countryCode = countryCode;
    }

    public OrganisationType getOrganisationType() {
      return organisationType;
    }

    public void setOrganisationType(OrganisationType organisationType) {
      this.organisationType = organisationType;
    }

    public Integer getPeople() {
      return people;
    }

    public void setPeople(Integer people) {
      this.people = people;
    }
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

  public MeetingKind getKind() {
    return kind;
  }

  public void setKind(MeetingKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
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

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public List<Line> getLines() {
    return lines;
  }

  public void setLines(List<Line> lines) {
    this.lines = lines;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
