package org.safar.assistance.web;

import java.time.LocalDate;
import org.safar.assistance.Deliverable;
import org.safar.assistance.DeliverableDraft;
import org.safar.assistance.DeliverableKind;
import org.safar.assistance.DeliverableStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The deliverable form as the browser sends it. */
public class DeliverableForm {

  private DeliverableKind kind;
  private String title;
  private DeliverableStatus status = DeliverableStatus.DRAFTED;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate statusDate = LocalDate.now();

  private int version;

  static DeliverableForm of(Deliverable d) {
    DeliverableForm f = new DeliverableForm();
    f.kind = d.kind();
    f.title = d.title();
    f.status = d.status();
    f.statusDate = d.statusDate();
    f.version = d.version();
    return f;
  }

  DeliverableDraft toDraft() {
    return new DeliverableDraft(kind, title, status, statusDate);
  }

  public DeliverableKind getKind() {
    return kind;
  }

  public void setKind(DeliverableKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public DeliverableStatus getStatus() {
    return status;
  }

  public void setStatus(DeliverableStatus status) {
    this.status = status;
  }

  public LocalDate getStatusDate() {
    return statusDate;
  }

  public void setStatusDate(LocalDate statusDate) {
    this.statusDate = statusDate;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
