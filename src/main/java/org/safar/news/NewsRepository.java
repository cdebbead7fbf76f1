package org.safar.news;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safar.shell.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for news items. */
@Repository
class NewsRepository {

  private static final String SELECT =
      "select id, translation_group, language, kind, title, summary, body_markdown, body_html,"
          + " link, image is not null as has_image, published_on, status, version from news_item";

  private final JdbcClient jdbc;

  NewsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<NewsItem> findById(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).optional();
  }

  List<NewsItem> search(String text, String language, NewsStatus status, int limit, long offset) {
    Where w = where(text, language, status);
    var spec =
        jdbc.sql(
            SELECT + w.sql + " order by published_on desc, id desc limit :limit offset :offset");
    w.params.forEach(spec::param);
    return spec.param("limit", limit).param("offset", offset).query(this::map).list();
  }

  long count(String text, String language, NewsStatus status) {
    Where w = where(text, language, status);
    var spec =
        jdbc.sql(
            "select count(*) from (select 1 from news_item"
                + w.sql
                + " limit "
                + (ResultPage.COUNT_CAP + 1)
                + ") t");
    w.params.forEach(spec::param);
    return spec.query(Long.class).single();
  }

  private record Where(String sql, Map<String, Object> params) {}

  private static Where where(String text, String language, NewsStatus status) {
    List<String> parts = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (language != null) {
      parts.add("language = :language");
      params.put("language", language);
    }
    if (status != null) {
      parts.add("status = :status");
      params.put("status", status.name());
    }
    String like = ResultPage.containing(text);
    if (like != null) {
      parts.add("(title ilike :q or summary ilike :q)");
      params.put("q", like);
    }
    return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
  }

  /** The other languages of an item's group, published only when {@code publishedOnly}. */
  List<NewsItem> group(UUID group, boolean publishedOnly) {
    return jdbc.sql(
            SELECT
                + " where translation_group = ?"
                + (publishedOnly ? " and status = 'PUBLISHED'" : "")
                + " order by language")
        .param(group)
        .query(this::map)
        .list();
  }

  long insert(NewsDraft d, UUID group, String html, String imageType, String link, String actor) {
    return jdbc.sql(
            "insert into news_item (translation_group, language, kind, title, summary,"
                + " body_markdown, body_html, link, image, image_type, published_on, status,"
                + " created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
        .params(
            group,
            d.language(),
            d.kind().name(),
            d.title(),
            d.summary(),
            d.bodyMarkdown(),
            html,
            link,
            d.image(),
            imageType,
            Date.valueOf(d.publishedOn()),
            d.status().name(),
            actor)
        .query(Long.class)
        .single();
  }

  /** An imported item: nothing if its link was imported before. */
  boolean insertImported(NewsDraft d, String html, String link, String actor) {
    return jdbc.sql(
                "insert into news_item (translation_group, language, kind, title, summary,"
                    + " body_markdown, body_html, link, published_on, status, created_by)"
                    + " values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (link) where link is not null do nothing")
            .params(
                d.language(),
                d.kind().name(),
                d.title(),
                d.summary(),
                d.bodyMarkdown(),
                html,
                link,
                Date.valueOf(d.publishedOn()),
                d.status().name(),
                actor)
            .update()
        == 1;
  }

  /** Saves over the item at {@code version}; false when someone saved it meanwhile. */
  boolean update(long id, int version, NewsDraft d, UUID group, String html, String imageType) {
    boolean newImage = d.image() != null;
    return jdbc.sql(
                "update news_item set translation_group = ?, language = ?, kind = ?, title = ?,"
                    + " summary = ?, body_markdown = ?, body_html = ?, published_on = ?, status = ?,"
                    + " image = case when ? then ? when ? then null else image end,"
                    + " image_type = case when ? then ? when ? then null else image_type end,"
                    + " version = version + 1, updated_at = now() where id = ? and version = ?")
            .params(
                group,
                d.language(),
                d.kind().name(),
                d.title(),
                d.summary(),
                d.bodyMarkdown(),
                html,
                Date.valueOf(d.publishedOn()),
                d.status().name(),
                newImage,
                d.image(),
                d.removeImage(),
                newImage,
                imageType,
                d.removeImage(),
                id,
                version)
            .update()
        == 1;
  }

  /** Deletes the item with its image if nobody saved it since {@code version}; false if so. */
  boolean delete(long id, int version) {
    return jdbc.sql("delete from news_item where id = ? and version = ?")
            .params(id, version)
            .update()
        == 1;
  }

  /** A published item's image: type and bytes. */
  Optional<Object[]> image(long id, boolean publishedOnly) {
    return jdbc.sql(
            "select image_type, image from news_item where id = ? and image is not null"
                + (publishedOnly ? " and status = 'PUBLISHED'" : ""))
        .param(id)
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2)})
        .optional();
  }

  private NewsItem map(ResultSet rs, int n) throws SQLException {
    return new NewsItem(
        rs.getLong("id"),
        rs.getObject("translation_group", UUID.class),
        rs.getString("language"),
        NewsKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getString("body_markdown"),
        rs.getString("body_html"),
        rs.getString("link"),
        rs.getBoolean("has_image"),
        rs.getDate("published_on").toLocalDate(),
        NewsStatus.valueOf(rs.getString("status")),
        rs.getInt("version"));
  }
}
