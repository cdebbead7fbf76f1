package org.safar.results.web;

/** A DHIS2 mapping row: an indicator's data element and org unit, or an org unit's UID. */
public class Dhis2Form {

  private String dataElement;
  private String orgUnit;
  private String uid;

  public String getDataElement() {
    return dataElement;
  }

  public void setDataElement(String dataElement) {
    this.dataElement = dataElement;
  }

  public String getOrgUnit() {
    return orgUnit;
  }

  public void setOrgUnit(String orgUnit) {
    this.orgUnit = orgUnit;
  }

  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }
}
