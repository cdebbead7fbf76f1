package org.safar.outreach.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.safar.outreach.Audience;
import org.safar.outreach.Campaign;
import org.safar.outreach.CampaignChannel;
import org.safar.outreach.CampaignDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** The campaign form as the browser sends it. */
public class CampaignForm {

  private Long projectId;
  private Long orgUnitId;
  private String title;
  private String objective;
  private Set<Audience> audiences = EnumSet.noneOf(Audience.class);
  private Set<CampaignChannel> channels = EnumSet.noneOf(CampaignChannel.class);

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startsOn;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate endsOn;

  private String materials;
  private int version;

  static CampaignForm of(Campaign c) {
    CampaignForm f = new CampaignForm();
    f.projectId = c.projectId();
    f.orgUnitId = c.orgUnitId();
    f.title = c.title();
    f.objective = c.objective();
    f.audiences =
        c.audiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(c.audiences());
    f.channels =
        c.channels().isEmpty()
            ? EnumSet.noneOf(CampaignChannel.class)
            : EnumSet.copyOf(c.channels());
    f.startsOn = c.startsOn();
    f.endsOn = c.endsOn();
    f.materials = c.materials();
    f.version = c.version();
    return f;
  }

  CampaignDraft toDraft() {
    return new CampaignDraft(
        projectId, orgUnitId, title, objective, audiences, channels, startsOn, endsOn, materials);
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getObjective() {
    return objective;
  }

  public void setObjective(String objective) {
    this.objective = objective;
  }

  public Set<Audience> getAudiences() {
    return audiences;
  }

  public void setAudiences(Set<Audience> audiences) {
    this.audiences = audiences;
  }

  public Set<CampaignChannel> getChannels() {
    return channels;
  }

  public void setChannels(Set<CampaignChannel> channels) {
    this.channels = channels;
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

  public String getMaterials() {
    return materials;
  }

  public void setMaterials(String materials) {
    this.materials = materials;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
