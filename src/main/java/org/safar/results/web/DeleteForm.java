package org.safar.results.web;

/** A confirmed deletion: the version the person saw. */
public class DeleteForm {

  private int version;

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
