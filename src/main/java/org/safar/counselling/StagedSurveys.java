package org.safar.counselling;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploaded survey files waiting for their preview to be confirmed, kept in PostgreSQL (not in the
 * browser, and another instance may serve the confirmation), owned by the uploader, for a day.
 */
@Repository
class StagedSurveys {

  record Upload(UUID id, String owner, String fileName, byte[] content) {}

  private final JdbcClient jdbc;

  StagedSurveys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID keep(String owner, String fileName, byte[] content) {
    jdbc.sql("delete from follow_up_upload where expires_at < now()").update();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into follow_up_upload (id, owner, file_name, content, expires_at)"
                + " values (?, ?, ?, ?, now() + interval '1 day')")
        .params(id, owner, fileName, content)
        .update();
    return id;
  }

  /** The upload, only for the person who made it and only until it expires. */
  Optional<Upload> find(UUID id, String owner) {
    return jdbc.sql(
            "select id, owner, file_name, content from follow_up_upload"
                + " where id = ? and owner = ? and expires_at > now()")
        .params(id, owner)
        .query(
            (rs, n) ->
                new Upload(
                    rs.getObject("id", UUID.class),
                    rs.getString("owner"),
                    rs.getString("file_name"),
                    rs.getBytes("content")))
        .optional();
  }

  void drop(UUID id) {
    jdbc.sql("delete from follow_up_upload where id = ?").param(id).update();
  }
}
