package org.safar.news;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for publications and their language files. */
@Repository
class PublicationRepository {

  private final JdbcClient jdbc;

  PublicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String title, String summary, LocalDate on, String actor) {
    return jdbc.sql(
            "insert into publication (title, summary, published_on, created_by)"
                + " values (?, ?, ?, ?) returning id")
        .params(title, summary, Date.valueOf(on), actor)
        .query(Long.class)
        .single();
  }

  void putFile(long id, String language, String fileName, byte[] content) {
    jdbc.sql(
            "insert into publication_file (publication_id, language, file_name, content,"
                + " size_bytes) values (?, ?, ?, ?, ?) on conflict (publication_id, language)"
                + " do update set file_name = excluded.file_name, content = excluded.content,"
                + " size_bytes = excluded.size_bytes")
        .params(id, language, fileName, content, content.length)
        .update();
  }

  /** Newest first, with their variants (without the files' bytes). */
  List<Publication> page(int limit, long offset) {
    Map<Long, Object[]> rows = new LinkedHashMap<>();
    jdbc.sql(
            "select id, title, summary, published_on from publication"
                + " order by published_on desc, id desc limit ? offset ?")
        .params(limit, offset)
        .query(
            rs -> {
              rows.put(
                  rs.getLong(1),
                  new Object[] {rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()});
            });
    Map<Long, List<Publication.Variant>> variants = new LinkedHashMap<>();
    if (!rows.isEmpty()) {
      jdbc.sql(
              "select publication_id, language, file_name, size_bytes from publication_file"
                  + " where publication_id = any(?) order by language")
          .param(rows.keySet().toArray(Long[]::new))
          .query(
              rs -> {
                variants
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Publication.Variant(rs.getString(2), rs.getString(3), rs.getInt(4)));
              });
    }
    List<Publication> result = new ArrayList<>();
    rows.forEach(
        (id, r) ->
            result.add(
                new Publication(
                    id,
                    (String) r[0],
                    (String) r[1],
                    (LocalDate) r[2],
                    variants.getOrDefault(id, List.of()))));
    return result;
  }

  long count() {
    return jdbc.sql("select count(*) from publication").query(Long.class).single();
  }

  Optional<Publication> find(long id) {
    return jdbc.sql("select id, title, summary, published_on from publication where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Publication(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getDate(4).toLocalDate(),
                    jdbc.sql(
                            "select language, file_name, size_bytes from publication_file"
                                + " where publication_id = ? order by language")
                        .param(id)
                        .query(
                            (f, m) ->
                                new Publication.Variant(
                                    f.getString(1), f.getString(2), f.getInt(3)))
                        .list()))
        .optional();
  }

  /** A language's file: its name and bytes. */
  Optional<Object[]> file(long id, String language) {
    return jdbc.sql(
            "select file_name, content from publication_file where publication_id = ?"
                + " and language = ?")
        .params(id, language)
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2)})
        .optional();
  }
}
