package org.safar.dialogue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for knowledge products. */
@Repository
class ProductRepository {

  private static final String SELECT =
      "select t.*, p.title as project_title from knowledge_product t"
          + " join programme p on p.id = t.project_id";

  private final JdbcClient jdbc;

  ProductRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(ProductDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into knowledge_product (project_id, org_unit_id, kind, title, published_on,"
                + " link, note, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.projectId(),
            d.orgUnitId(),
            d.kind().name(),
            d.title(),
            Date.valueOf(d.publishedOn()),
            d.link(),
            d.note(),
            actor,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  void update(long id, int version, ProductDraft d, String actor) {
    int changed =
        jdbc.sql(
                "update knowledge_product set project_id = ?, org_unit_id = ?, kind = ?,"
                    + " title = ?, published_on = ?, link = ?, note = ?, version = version + 1,"
                    + " updated_at = now(), updated_by = ? where id = ? and version = ?")
            .params(
                d.projectId(),
                d.orgUnitId(),
                d.kind().name(),
                d.title(),
                Date.valueOf(d.publishedOn()),
                d.link(),
                d.note(),
                actor,
                id,
                version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Product " + id + " changed meanwhile");
    }
  }

  boolean delete(long id, int version) {
    return jdbc.sql("delete from knowledge_product where id = ? and version = ?")
            .params(id, version)
            .update()
        == 1;
  }

  Optional<KnowledgeProduct> findById(long id) {
    return jdbc.sql(SELECT + " where t.id = ?").param(id).query(ProductRepository::map).optional();
  }

  List<KnowledgeProduct> search(Where w, int limit, long offset) {
    return w.bind(
            jdbc.sql(
                SELECT
                    + w.sql()
                    + " order by t.published_on desc, t.id desc limit :limit offset :offset"))
        .param("limit", limit)
        .param("offset", offset)
        .query(ProductRepository::map)
        .list();
  }

  long count(Where w) {
    return w.bind(jdbc.sql("select count(*) from knowledge_product t" + w.sql()))
        .query(Long.class)
        .single();
  }

  private static KnowledgeProduct map(ResultSet rs, int n) throws SQLException {
    return new KnowledgeProduct(
        rs.getLong("id"),
        rs.getLong("project_id"),
        rs.getString("project_title"),
        rs.getLong("org_unit_id"),
        ProductKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getDate("published_on").toLocalDate(),
        rs.getString("link"),
        rs.getString("note"),
        rs.getInt("version"));
  }
}
