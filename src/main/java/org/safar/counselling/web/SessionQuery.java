package org.safar.counselling.web;

import java.time.LocalDate;
import org.safar.counselling.Channel;
import org.safar.counselling.SessionFilter;
import org.safar.counselling.SortOrder;
import org.safar.counselling.Topic;
import org.springframework.format.annotation.DateTimeFormat;

/** The session list's query parameters, shared by the page and its CSV export. */
public class SessionQuery {

  private Long mrc;
  private Topic topic;
  private Channel channel;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate from;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate to;

  private boolean mine;
  private Long counsellor;
  private SortOrder sort;

  SessionFilter toFilter(long signedInAccount) {
    return new SessionFilter(
        mrc, topic, channel, mine ? Long.valueOf(signedInAccount) : counsellor, from, to, sort);
  }

  public Long getMrc() {
    return mrc;
  }

  public void setMrc(Long mrc) {
    this.mrc = mrc;
  }

  public Topic getTopic() {
    return topic;
  }

  public void setTopic(Topic topic) {
    this.topic = topic;
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

  public Long getCounsellor() {
    return counsellor;
  }

  public void setCounsellor(Long counsellor) {
    this.counsellor = counsellor;
  }
}
