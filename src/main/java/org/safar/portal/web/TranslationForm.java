package org.safar.portal.web;

import org.safar.portal.LeafletTranslation;
import org.safar.portal.TranslationDraft;

/** One language version as the translation form sends it. */
public class TranslationForm {

  private String title;
  private String summary;
  private String bodyMarkdown;
  private boolean upToDate = true;
  private Integer version;

  static TranslationForm of(LeafletTranslation t) {
    TranslationForm f = new TranslationForm();
    f.title = t.title();
    f.summary = t.summary();
    f.bodyMarkdown = t.bodyMarkdown();
    f.upToDate = !t.outdated();
    f.version = t.version();
    return f;
  }

  TranslationDraft toDraft(String language) {
    return new TranslationDraft(language, title, summary, bodyMarkdown, upToDate);
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

  public boolean isUpToDate() {
    return upToDate;
  }

  public void setUpToDate(boolean upToDate) {
    this.upToDate = upToDate;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
