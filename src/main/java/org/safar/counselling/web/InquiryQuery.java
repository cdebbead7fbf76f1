package org.safar.counselling.web;

import java.time.LocalDate;
import org.safar.counselling.Channel;
import org.safar.counselling.InquiryFilter;
import org.safar.counselling.InquiryStatus;
import org.safar.counselling.SortOrder;
import org.springframework.format.annotation.DateTimeFormat;

/** The inbox's query parameters, shared by the page and its CSV export. */
public class InquiryQuery {

  private Long mrc;
  private InquiryStatus status;
  private Channel channel;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate from;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate to;

  private String q;
  private boolean mine;
  private Long assignee;
  private SortOrder sort;

  InquiryFilter toFilter(long signedInAccount) {
    return new InquiryFilter(
        mrc, status, channel, mine ? Long.valueOf(signedInAccount) : assignee, from, to, q, sort);
  }

  public Long getMrc() {
    return mrc;
  }

  public void setMrc(Long mrc) {
    this.mrc = mrc;
  }

  public InquiryStatus getStatus() {
    return status;
  }

  public void setStatus(InquiryStatus status) {
    this.status = status;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }

  public SortOrder getSort() {
    return sort;
  }

  public void setSort(SortOrder sort) {
    this.sort = sort;
  }

  public Long getAssignee() {
    return assignee;
  }

  public void setAssignee(Long assignee) {
    this.assignee = assignee;
  }
}
