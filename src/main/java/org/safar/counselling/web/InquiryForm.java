package org.safar.counselling.web;

import org.safar.counselling.Channel;
import org.safar.counselling.InquiryDraft;

/** The form for an inquiry taken at the desk (a walk-in, a call); it is received now. */
public class InquiryForm {

  private Long mrcId;
  private Channel channel = Channel.WALK_IN;
  private String language;
  private String question;
  private String contactName;
  private String contactPhone;
  private String contactEmail;

  InquiryDraft toDraft() {
    return new InquiryDraft(
        mrcId == null ? -1 : mrcId,
        channel,
        null,
        language,
        question,
        contactName,
        contactPhone,
        contactEmail);
  }

  public Long getMrcId() {
    return mrcId;
  }

  public void setMrcId(Long mrcId) {
    this.mrcId = mrcId;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }
}
