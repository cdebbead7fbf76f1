package org.safar.portal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safar.portal.Audience;
import org.safar.portal.Leaflet;
import org.safar.portal.LeafletDraft;
import org.safar.portal.LeafletTopic;
import org.springframework.format.annotation.DateTimeFormat;

/** A leaflet's description as the editor's form sends it (and, for a new one, its first text). */
public class LeafletForm {

  private String sourceLanguage = "en";
  private List<LeafletTopic> topics = new ArrayList<>();
  private List<String> destinations = new ArrayList<>();
  private List<Audience> audiences = new ArrayList<>();

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate reviewOn;

  private String title;
  private String summary;
  private String bodyMarkdown;
  private int version;

  static LeafletForm of(Leaflet l) {
    LeafletForm f = new LeafletForm();
    f.sourceLanguage = l.sourceLanguage();
    f.topics = new ArrayList<>(l.topics());
    f.destinations = new ArrayList<>(l.destinations());
    f.audiences = new ArrayList<>(l.audiences());
    f.reviewOn = l.reviewOn();
    f.version = l.version();
    return f;
  }

  LeafletDraft toDraft() {
    return new LeafletDraft(sourceLanguage, topics, destinations, audiences, reviewOn);
  }

  public String getSourceLanguage() {
    return sourceLanguage;
  }

  public void setSourceLanguage(String sourceLanguage) {
    this.sourceLanguage = sourceLanguage;
  }

  public List<LeafletTopic> getTopics() {
    return topics;
  }

  public void setTopics(List<LeafletTopic> topics) {
    this.topics = topics == null ? new ArrayList<>() : topics;
  }

  public List<String> getDestinations() {
    return destinations;
  }

  public void setDestinations(List<String> destinations) {
    this.destinations = destinations == null ? new ArrayList<>() : destinations;
  }

  public List<Audience> getAudiences() {
    return audiences;
  }

  public void setAudiences(List<Audience> audiences) {
    this.audiences = audiences == null ? new ArrayList<>() : audiences;
  }

  public LocalDate getReviewOn() {
    return reviewOn;
  }

  public void setReviewOn(LocalDate reviewOn) {
    this.reviewOn = reviewOn;
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

  public String getBodyMarkdown() {
    return bodyMarkdown;
  }

  public void setBodyMarkdown(String bodyMarkdown) {
    this.bodyMarkdown = bodyMarkdown;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
