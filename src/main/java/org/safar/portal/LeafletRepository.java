package org.safar.portal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the editors' side of the leaflet library. */
@Repository
class LeafletRepository {

  private static final String LEAFLET =
      "select l.id, l.owner_org_unit_id, l.source_language, l.topics, l.destinations, l.audiences,"
          + " l.review_on, l.status, l.status_at, l.status_by, l.published_at, l.published_by,"
          + " l.version, l.updated_at, l.updated_by from leaflet l";

  /** Whether a translation's source text changed after it was made. */
  static final String OUTDATED =
      "(t.language <> l.source_language and t.source_revision < coalesce((select s.revision"
          + " from leaflet_translation s where s.leaflet_id = l.id"
          + " and s.language = l.source_language), 0))";

  private final JdbcClient jdbc;

  LeafletRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(LeafletDraft d, long owner, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into leaflet (owner_org_unit_id, source_language, topics, destinations,"
                + " audiences, review_on, status_by, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            owner,
            d.sourceLanguage(),
            names(d.topics()),
            d.destinations().toArray(String[]::new),
            names(d.audiences()),
            d.reviewOn() == null ? null : Date.valueOf(d.reviewOn()),
            actor,
            actor,
            actor)
        .update(keys, "id");
    return ((Number) keys.getKeys().get("id")).longValue();
  }

  void update(long id, int version, LeafletDraft d, String actor) {
    int changed =
        jdbc.sql(
                "update leaflet set source_language = ?, topics = ?, destinations = ?,"
                    + " audiences = ?, review_on = ?, version = version + 1, updated_at = now(),"
                    + " updated_by = ? where id = ? and version = ?")
            .params(
                d.sourceLanguage(),
                names(d.topics()),
                d.destinations().toArray(String[]::new),
                names(d.audiences()),
                d.reviewOn() == null ? null : Date.valueOf(d.reviewOn()),
                actor,
                id,
                version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Leaflet " + id + " changed meanwhile");
    }
  }

  void setStatus(long id, int version, LeafletStatus status, String actor) {
    boolean publish = status == LeafletStatus.PUBLISHED;
    int changed =
        jdbc.sql(
                "update leaflet set status = ?, status_at = now(), status_by = ?,"
                    + " published_at = case when ? then now() else published_at end,"
                    + " published_by = case when ? then ? else published_by end,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(status.name(), actor, publish, publish, actor, actor, id, version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Leaflet " + id + " changed meanwhile");
    }
  }

  /** Marks the leaflet as changed, so its version guards the next edit of the whole. */
  void touch(long id, String actor) {
    jdbc.sql(
            "update leaflet set version = version + 1, updated_at = now(), updated_by = ? where id = ?")
        .params(actor, id)
        .update();
  }

  Optional<Leaflet> findById(long id) {
    return jdbc.sql(LEAFLET + " where l.id = ?")
        .param(id)
        .query(this::header)
        .optional()
        .map(h -> complete(List.of(h)).get(0));
  }

  List<Leaflet> search(LeafletFilter f, Long[] scope, int limit, long offset) {
    List<Header> headers =
        bind(
                jdbc.sql(
                    LEAFLET
                        + where(f)
                        + " order by l.updated_at desc, l.id desc"
                        + " limit :limit offset :offset"),
                f,
                scope)
            .param("limit", limit)
            .param("offset", offset)
            .query(this::header)
            .list();
    return complete(headers);
  }

  long count(LeafletFilter f, Long[] scope) {
    return bind(
            jdbc.sql(
                "select count(*) from (select 1 from leaflet l"
                    + where(f)
                    + " limit "
                    + (ResultPage.COUNT_CAP + 1)
                    + ") c"),
            f,
            scope)
        .query(Long.class)
        .single();
  }

  private static String where(LeafletFilter f) {
    StringBuilder sql = new StringBuilder(" where l.owner_org_unit_id = any(:scope)");
    if (f.text() != null && !f.text().isBlank()) {
      sql.append(
          " and exists (select 1 from leaflet_translation x where x.leaflet_id = l.id"
              + " and lower(x.title) like :q)");
    }
    if (f.status() != null) {
      sql.append(" and l.status = :status");
    }
    if (f.topic() != null) {
      sql.append(" and l.topics @> array[cast(:topic as text)]");
    }
    if (f.missingLanguage() != null) {
      sql.append(
          " and not exists (select 1 from leaflet_translation x where x.leaflet_id = l.id"
              + " and x.language = :missing)");
    }
    return sql.toString();
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec sql, LeafletFilter f, Long[] scope) {
    sql = sql.param("scope", scope);
    if (f.text() != null && !f.text().isBlank()) {
      sql = sql.param("q", ResultPage.containing(f.text()));
    }
    if (f.status() != null) {
      sql = sql.param("status", f.status().name());
    }
    if (f.topic() != null) {
      sql = sql.param("topic", f.topic().name());
    }
    if (f.missingLanguage() != null) {
      sql = sql.param("missing", f.missingLanguage());
    }
    return sql;
  }

  Optional<LeafletTranslation> translation(long id, String language) {
    return jdbc.sql(
            "select t.leaflet_id, t.language, t.title, t.summary, t.body_markdown, t.body_html,"
                + " t.revision, t.source_revision, "
                + OUTDATED
                + " as outdated, t.version, t.updated_at, t.updated_by"
                + " from leaflet_translation t join leaflet l on l.id = t.leaflet_id"
                + " where t.leaflet_id = ? and t.language = ?")
        .params(id, language)
        .query(
            (rs, n) ->
                new LeafletTranslation(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getInt(7),
                    rs.getInt(8),
                    rs.getBoolean(9),
                    rs.getInt(10),
                    rs.getTimestamp(11).toInstant(),
                    rs.getString(12)))
        .optional();
  }

  /** The current revision of the leaflet's source-language text (0 while there is none). */
  int sourceRevision(long id) {
    return jdbc.sql(
            "select coalesce((select s.revision from leaflet_translation s join leaflet l"
                + " on l.id = s.leaflet_id and s.language = l.source_language"
                + " where l.id = ?), 0)")
        .param(id)
        .query(Integer.class)
        .single();
  }

  void insertTranslation(
      long id, TranslationDraft d, LeafletMarkdown.Rendered r, int sourceRevision, String actor) {
    jdbc.sql(
            "insert into leaflet_translation (leaflet_id, language, title, summary, body_markdown,"
                + " body_html, body_text, ts_config, revision, source_revision, created_by,"
                + " updated_by) values (?, ?, ?, ?, ?, ?, ?, cast(? as regconfig), 1, ?, ?, ?)")
        .params(
            id,
            d.language(),
            d.title(),
            d.summary(),
            d.bodyMarkdown(),
            r.html(),
            r.text(),
            LeafletLanguages.tsConfig(d.language()),
            sourceRevision,
            actor,
            actor)
        .update();
  }

  void updateTranslation(
      long id,
      int version,
      TranslationDraft d,
      LeafletMarkdown.Rendered r,
      int revision,
      int sourceRevision,
      String actor) {
    int changed =
        jdbc.sql(
                "update leaflet_translation set title = ?, summary = ?, body_markdown = ?,"
                    + " body_html = ?, body_text = ?, revision = ?, source_revision = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where leaflet_id = ? and language = ? and version = ?")
            .params(
                d.title(),
                d.summary(),
                d.bodyMarkdown(),
                r.html(),
                r.text(),
                revision,
                sourceRevision,
                actor,
                id,
                d.language(),
                version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Translation changed meanwhile");
    }
  }

  void putPdf(long id, String fileName, byte[] content, String actor) {
    jdbc.sql(
            "insert into leaflet_pdf (leaflet_id, file_name, size_bytes, content, uploaded_by)"
                + " values (?, ?, ?, ?, ?) on conflict (leaflet_id) do update set"
                + " file_name = excluded.file_name, size_bytes = excluded.size_bytes,"
                + " content = excluded.content, uploaded_at = now(),"
                + " uploaded_by = excluded.uploaded_by")
        .params(id, fileName, content.length, content, actor)
        .update();
  }

  boolean removePdf(long id) {
    return jdbc.sql("delete from leaflet_pdf where leaflet_id = ?").param(id).update() > 0;
  }

  /** The PDF's bytes; {@code publishedOnly} for the portal. */
  Optional<byte[]> pdf(long id, boolean publishedOnly) {
    return jdbc.sql(
            "select p.content from leaflet_pdf p join leaflet l on l.id = p.leaflet_id"
                + " where p.leaflet_id = ?"
                + (publishedOnly ? " and l.status = 'PUBLISHED'" : ""))
        .param(id)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  private record Header(Leaflet leaflet) {}

  private Header header(ResultSet rs, int n) throws SQLException {
    return new Header(
        new Leaflet(
            rs.getLong("id"),
            rs.getLong("owner_org_unit_id"),
            rs.getString("source_language"),
            terms(rs.getArray("topics"), LeafletTopic::valueOf),
            strings(rs.getArray("destinations")),
            terms(rs.getArray("audiences"), Audience::valueOf),
            rs.getDate("review_on") == null ? null : rs.getDate("review_on").toLocalDate(),
            LeafletStatus.valueOf(rs.getString("status")),
            instant(rs.getTimestamp("status_at")),
            rs.getString("status_by"),
            instant(rs.getTimestamp("published_at")),
            rs.getString("published_by"),
            rs.getInt("version"),
            instant(rs.getTimestamp("updated_at")),
            rs.getString("updated_by"),
            List.of(),
            null));
  }

  /** Adds translations and PDF descriptions to leaflets, in two queries for the whole list. */
  private List<Leaflet> complete(List<Header> headers) {
    if (headers.isEmpty()) {
      return List.of();
    }
    Long[] ids = headers.stream().map(h -> h.leaflet().id()).toArray(Long[]::new);
    Map<Long, List<Leaflet.Translation>> translations = new LinkedHashMap<>();
    jdbc.sql(
            "select t.leaflet_id, t.language, t.title, t.revision, t.source_revision, "
                + OUTDATED
                + " as outdated, t.updated_at, t.updated_by from leaflet_translation t"
                + " join leaflet l on l.id = t.leaflet_id where t.leaflet_id = any(?)"
                + " order by t.leaflet_id, t.language <> l.source_language, t.language")
        .param(ids)
        .query(
            rs -> {
              translations
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new Leaflet.Translation(
                          rs.getString(2),
                          rs.getString(3),
                          rs.getInt(4),
                          rs.getInt(5),
                          rs.getBoolean(6),
                          instant(rs.getTimestamp(7)),
                          rs.getString(8)));
            });
    Map<Long, Leaflet.Pdf> pdfs = new LinkedHashMap<>();
    jdbc.sql(
            "select leaflet_id, file_name, size_bytes, uploaded_at, uploaded_by from leaflet_pdf"
                + " where leaflet_id = any(?)")
        .param(ids)
        .query(
            rs -> {
              pdfs.put(
                  rs.getLong(1),
                  new Leaflet.Pdf(
                      rs.getString(2), rs.getInt(3), instant(rs.getTimestamp(4)), rs.getString(5)));
            });
    return headers.stream()
        .map(Header::leaflet)
        .map(
            l ->
                new Leaflet(
                    l.id(),
                    l.ownerOrgUnitId(),
                    l.sourceLanguage(),
                    l.topics(),
                    l.destinations(),
                    l.audiences(),
                    l.reviewOn(),
                    l.status(),
                    l.statusAt(),
                    l.statusBy(),
                    l.publishedAt(),
                    l.publishedBy(),
                    l.version(),
                    l.updatedAt(),
                    l.updatedBy(),
                    translations.getOrDefault(l.id(), List.of()),
                    pdfs.get(l.id())))
        .toList();
  }

  static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  static <T> List<T> terms(Array array, Function<String, T> parse) throws SQLException {
    return strings(array).stream().map(parse).toList();
  }

  private static String[] names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).distinct().sorted().toArray(String[]::new);
  }
}
