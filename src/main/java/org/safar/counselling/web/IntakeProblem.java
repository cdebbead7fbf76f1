package org.safar.counselling.web;

/** An intake request the API refuses, with the status and problem type to answer with. */
class IntakeProblem extends RuntimeException {

  final int status;
  final String type;
  final String title;
  final String detail;

  IntakeProblem(int status, String type, String title, String detail) {
    super(title);
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
  }
}
