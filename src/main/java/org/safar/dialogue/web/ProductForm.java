package org.safar.dialogue.web;

import java.time.LocalDate;
import org.safar.dialogue.KnowledgeProduct;
import org.safar.dialogue.ProductDraft;
import org.safar.dialogue.ProductKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The knowledge product form. */
public class ProductForm {

  private Long projectId;
  private Long orgUnitId;
  private ProductKind kind;
  private String title;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate publishedOn;

  private String link;
  private String note;
  private int version;

  static ProductForm of(KnowledgeProduct p) {
    ProductForm f = new ProductForm();
    f.projectId = p.projectId();
    f.orgUnitId = p.orgUnitId();
    f.kind = p.kind();
    f.title = p.title();
    f.publishedOn = p.publishedOn();
    f.link = p.link();
    f.note = p.note();
    f.version = p.version();
    return f;
  }

  ProductDraft toDraft() {
    return new ProductDraft(projectId, orgUnitId, kind, title, publishedOn, link, note);
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

  public ProductKind getKind() {
    return kind;
  }

  public void setKind(ProductKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
