package org.safar.agencies;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploaded lists waiting for their preview to be confirmed, kept in PostgreSQL (staff may be served
 * by another instance between preview and confirmation), owned by the uploader, for a day.
 */
@Repository
class StagedList {

  record Upload(
      UUID id,
      String owner,
      String countryCode,
      String source,
      LocalDate listDate,
      String fileName,
      byte[] content) {}

  private final JdbcClient jdbc;

  StagedList(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID keep(
      String owner,
      String country,
      String source,
      LocalDate listDate,
      String fileName,
      byte[] content) {
    jdbc.sql("delete from agency_import where expires_at < now()").update();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into agency_import (id, owner, country_code, source, list_date, file_name,"
                + " content, expires_at) values (?, ?, ?, ?, ?, ?, ?, now() + interval '1 day')")
        .params(id, owner, country, source, java.sql.Date.valueOf(listDate), fileName, content)
        .update();
    return id;
  }

  /** The upload, only for the person who made it and only until it expires. */
  Optional<Upload> find(UUID id, String owner) {
    return jdbc.sql(
            "select id, owner, country_code, source, list_date, file_name, content"
                + " from agency_import where id = ? and owner = ? and expires_at > now()")
        .params(id, owner)
        .query(
            (rs, n) ->
                new Upload(
                    rs.getObject("id", UUID.class),
                    rs.getString("owner"),
                    rs.getString("country_code").strip(),
                    rs.getString("source"),
                    rs.getDate("list_date").toLocalDate(),
                    rs.getString("file_name"),
                    rs.getBytes("content")))
        .optional();
  }

  void drop(UUID id) {
    jdbc.sql("delete from agency_import where id = ?").param(id).update();
  }
}
