package org.safar.training;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the people who took part in trainings. */
@Repository
class ParticipantRepository {

  static final String COLUMNS =
      "id, training_id, full_name, institution, sex, position, pre_score, post_score";

  private final JdbcClient jdbc;
  private final JdbcClient cursor;

  ParticipantRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    JdbcTemplate streaming = new JdbcTemplate(dataSource);
    streaming.setFetchSize(2000);
    this.cursor = JdbcClient.create(streaming);
  }

  long insert(long trainingId, ParticipantDraft d) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into training_participant (training_id, full_name, institution, sex,"
                + " position, pre_score, post_score) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            trainingId,
            d.fullName(),
            d.institution(),
            d.sex().name(),
            d.position(),
            d.preScore(),
            d.postScore())
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  Optional<Participant> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from training_participant where id = ?")
        .param(id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  void delete(long id) {
    jdbc.sql("delete from training_participant where id = ?").param(id).update();
  }

  List<Participant> page(long trainingId, String like, int limit, long offset) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from training_participant where training_id = :t"
                + (like == null ? "" : " and lower(full_name) like :q")
                + " order by lower(full_name), id limit :limit offset :offset")
        .param("t", trainingId)
        .params(like == null ? java.util.Map.of() : java.util.Map.of("q", like))
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, n) -> map(rs))
        .list();
  }

  long count(long trainingId, String like) {
    return jdbc.sql(
            "select count(*) from training_participant where training_id = :t"
                + (like == null ? "" : " and lower(full_name) like :q"))
        .param("t", trainingId)
        .params(like == null ? java.util.Map.of() : java.util.Map.of("q", like))
        .query(Long.class)
        .single();
  }

  void export(long trainingId, Consumer<Participant> each) {
    cursor
        .sql(
            "select "
                + COLUMNS
                + " from training_participant where training_id = ? order by lower(full_name), id")
        .param(trainingId)
        .query((ResultSet rs) -> each.accept(map(rs)));
  }

  /** The duplicate keys (name and institution) of the people already recorded. */
  Set<String> keys(long trainingId) {
    Set<String> keys = new HashSet<>();
    jdbc.sql("select full_name, institution from training_participant where training_id = ?")
        .param(trainingId)
        .query(
            (ResultSet rs) -> {
              keys.add(ParticipantRules.key(rs.getString(1), rs.getString(2)));
            });
    return keys;
  }

  static Participant map(ResultSet rs) throws SQLException {
    BigDecimal pre = rs.getBigDecimal("pre_score");
    BigDecimal post = rs.getBigDecimal("post_score");
    return new Participant(
        rs.getLong("id"),
        rs.getLong("training_id"),
        rs.getString("full_name"),
        rs.getString("institution"),
        ParticipantSex.valueOf(rs.getString("sex")),
        rs.getString("position"),
        pre == null ? null : pre.stripTrailingZeros(),
        post == null ? null : post.stripTrailingZeros());
  }
}
