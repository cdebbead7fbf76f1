package org.safar.counselling.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.safar.counselling.Channel;
import org.safar.counselling.CounsellingSession;
import org.safar.counselling.Intention;
import org.safar.counselling.SessionDraft;
import org.safar.counselling.Topic;
import org.springframework.format.annotation.DateTimeFormat;

/** The session form as the browser sends it. */
public class SessionForm {

  private Channel channel = Channel.WALK_IN;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate heldOn = LocalDate.now();

  private Integer durationMinutes;
  private Set<Topic> topics = EnumSet.noneOf(Topic.class);
  private String materials;
  private String notes;
  private boolean referralNeeded;
  private String nextStep;
  private Long inquiryId;
  private Intention intention;
  private Integer likelihood;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate followUpOn;

  private int version;

  /** The form filled with a saved session, for correcting it. */
  static SessionForm of(CounsellingSession s) {
    SessionForm f = new SessionForm();
    f.channel = s.channel();
    f.heldOn = s.heldOn();
    f.durationMinutes = s.durationMinutes();
    f.topics = s.topics().isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(s.topics());
    f.materials = s.materials();
    f.notes = s.notes();
    f.referralNeeded = s.referralNeeded();
    f.nextStep = s.nextStep();
    f.version = s.version();
    return f;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  SessionDraft toDraft() {
    return new SessionDraft(
        channel,
        heldOn,
        durationMinutes,
        topics,
        materials,
        notes,
        referralNeeded,
        nextStep,
        inquiryId,
        intention,
        likelihood,
        followUpOn);
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public Set<Topic> getTopics() {
    return topics;
  }

  public void setTopics(Set<Topic> topics) {
    this.topics = topics == null ? EnumSet.noneOf(Topic.class) : topics;
  }

  public String getMaterials() {
    return materials;
  }

  public void setMaterials(String materials) {
    this.materials = materials;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public boolean isReferralNeeded() {
    return referralNeeded;
  }

  public void setReferralNeeded(boolean referralNeeded) {
    this.referralNeeded = referralNeeded;
  }

  public String getNextStep() {
    return nextStep;
  }

  public void setNextStep(String nextStep) {
    this.nextStep = nextStep;
  }

  public Long getInquiryId() {
    return inquiryId;
  }

  public void setInquiryId(Long inquiryId) {
    this.inquiryId = inquiryId;
  }

  public Intention getIntention() {
    return intention;
  }

  public void setIntention(Intention intention) {
    this.intention = intention;
  }

  public Integer getLikelihood() {
    return likelihood;
  }

  public void setLikelihood(Integer likelihood) {
    this.likelihood = likelihood;
  }

  public LocalDate getFollowUpOn() {
    return followUpOn;
  }

  public void setFollowUpOn(LocalDate followUpOn) {
    this.followUpOn = followUpOn;
  }
}
