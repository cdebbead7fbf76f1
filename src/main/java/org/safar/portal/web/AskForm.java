package org.safar.portal.web;

/** The "ask a counsellor" form as the browser sends it. */
public class AskForm {

  private String question;
  private String language;
  private String mrc;
  private String name;
  private String phone;
  private String email;
  private String website;

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getMrc() {
    return mrc;
  }

  public void setMrc(String mrc) {
    this.mrc = mrc;
  }

  /** The chosen MRC's id, or null when none (or something unreadable) was sent. */
  Long mrcId() {
    try {
      return mrc == null || mrc.isBlank() ? null : Long.valueOf(mrc.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  /** The honeypot: hidden from people by the style sheet; a machine fills it in. */
  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
