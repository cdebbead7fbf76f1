package org.safar.training.web;

import org.safar.training.InvalidTrainingInputException;
import org.safar.training.ParticipantDraft;
import org.safar.training.ParticipantSex;

/** One participant as typed in the form. */
public class ParticipantForm {

  private String fullName;
  private String institution;
  private String sex;
  private String position;
  private String preScore;
  private String postScore;

  ParticipantDraft toDraft() {
    return new ParticipantDraft(
        fullName,
        institution,
        Forms.term(ParticipantSex.class, sex, "sex", "training.participant.error.sex"),
        position,
        score(preScore, "preScore"),
        score(postScore, "postScore"));
  }

  private static java.math.BigDecimal score(String v, String field) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return new java.math.BigDecimal(v.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidTrainingInputException(field, "training.participant.error.score");
    }
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getInstitution() {
    return institution;
  }

  public void setInstitution(String institution) {
    this.institution = institution;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public String getPreScore() {
    return preScore;
  }

  public void setPreScore(String preScore) {
    this.preScore = preScore;
  }

  public String getPostScore() {
    return postScore;
  }

  public void setPostScore(String postScore) {
    this.postScore = postScore;
  }
}
