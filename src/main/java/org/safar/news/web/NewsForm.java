package org.safar.news.web;

import java.io.IOException;
import java.time.LocalDate;
import org.safar.news.NewsDraft;
import org.safar.news.NewsItem;
import org.safar.news.NewsKind;
import org.safar.news.NewsStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The staff form for a news item or story. */
public class NewsForm {

  private String language = "en";
  private NewsKind kind = NewsKind.NEWS;
  private String title;
  private String summary;
  private String bodyMarkdown;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate publishedOn;

  private NewsStatus status = NewsStatus.DRAFT;
  private Long translationOf;
  private boolean removeImage;
  private int version;

  static NewsForm of(NewsItem i) {
    NewsForm f = new NewsForm();
    f.language = i.language();
    f.kind = i.kind();
    f.title = i.title();
    f.summary = i.summary();
    f.bodyMarkdown = i.bodyMarkdown();
    f.publishedOn = i.publishedOn();
    f.status = i.status();
    f.version = i.version();
    return f;
  }

  NewsDraft toDraft(MultipartFile image) throws IOException {
    byte[] bytes = image == null || image.isEmpty() ? null : image.getBytes();
    return new NewsDraft(
        language,
        kind,
        title,
        summary,
        bodyMarkdown,
        publishedOn,
        status,
        translationOf,
        bytes,
        removeImage);
  }

  /** The uploaded image comes as its own request part; this only names the field for errors. */
  public String getImage() {
    return null;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public NewsKind getKind() {
    return kind;
  }

  public void setKind(NewsKind kind) {
    this.kind = kind;
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

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }

  public NewsStatus getStatus() {
    return status;
  }

  public void setStatus(NewsStatus status) {
    this.status = status;
  }

  public Long getTranslationOf() {
    return translationOf;
  }

  public void setTranslationOf(Long translationOf) {
    this.translationOf = translationOf;
  }

  public boolean isRemoveImage() {
    return removeImage;
  }

  public void setRemoveImage(boolean removeImage) {
    this.removeImage = removeImage;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
