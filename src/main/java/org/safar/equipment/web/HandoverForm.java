package org.safar.equipment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.safar.equipment.EquipmentKind;
import org.safar.equipment.Handover;
import org.safar.equipment.HandoverDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** The handover form as the browser sends it. */
public class HandoverForm {

  private Long projectId;
  private Long orgUnitId;
  private EquipmentKind kind;
  private String description;
  private Integer quantity;
  private BigDecimal unitValue;
  private String currency;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate handedOverOn;

  private String recipient;
  private String purpose;
  private int version;

  static HandoverForm of(Handover h) {
    HandoverForm f = new HandoverForm();
    f.projectId = h.projectId();
    f.orgUnitId = h.orgUnitId();
    f.kind = h.kind();
    f.description = h.description();
    f.quantity = h.quantity();
    f.unitValue = h.unitValue();
    f.currency = h.currency();
    f.handedOverOn = h.handedOverOn();
    f.recipient = h.recipient();
    f.purpose = h.purpose();
    f.version = h.version();
    return f;
  }

  HandoverDraft toDraft() {
    return new HandoverDraft(
        projectId,
        orgUnitId,
        kind,
        description,
        quantity,
        unitValue,
        currency,
        handedOverOn,
        recipient,
        purpose);
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

  public EquipmentKind getKind() {
    return kind;
  }

  public void setKind(EquipmentKind kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getUnitValue() {
    return unitValue;
  }

  public void setUnitValue(BigDecimal unitValue) {
    this.unitValue = unitValue;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public LocalDate getHandedOverOn() {
    return handedOverOn;
  }

  public void setHandedOverOn(LocalDate handedOverOn) {
    this.handedOverOn = handedOverOn;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
