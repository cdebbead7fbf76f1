package org.safar.training;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for trainings, the modules they cover and their head counts. */
@Repository
class TrainingRepository {

  /** Participants of training {@code t}: its head counts, or its person rows. */
  static final String PEOPLE =
      "case when t.participation = 'COUNTS' then t.female_count + t.male_count + t.other_count"
          + " else (select count(*) from training_participant p where p.training_id = t.id) end";

  static final String FEMALE =
      "case when t.participation = 'COUNTS' then t.female_count else (select count(*) from"
          + " training_participant p where p.training_id = t.id and p.sex = 'FEMALE') end";

  static final String MALE =
      "case when t.participation = 'COUNTS' then t.male_count else (select count(*) from"
          + " training_participant p where p.training_id = t.id and p.sex = 'MALE') end";

  private static final String GAIN =
      "(select avg(p.post_score - p.pre_score) from training_participant p"
          + " where p.training_id = t.id and p.post_score is not null and p.pre_score is not null)";

  private static final String SELECT =
      "select t.id, t.org_unit_id, u.name as unit_name, t.programme_id, g.code as programme_code,"
          + " g.title as programme_title, t.series_id, s.name as series_name, t.kind, t.title,"
          + " t.place, t.starts_on, t.ends_on, t.participation, t.female_count, t.male_count,"
          + " t.other_count, t.notes, t.version,"
          + " array(select c.module_id from training_covers c where c.training_id = t.id"
          + " order by c.module_id) as modules"
          + " from training t join org_unit u on u.id = t.org_unit_id"
          + " join programme g on g.id = t.programme_id"
          + " left join training_series s on s.id = t.series_id";

  private static final String ROW =
      "select t.id, t.title, t.kind, t.starts_on, t.ends_on, u.name as unit_name, t.programme_id,"
          + " g.code as programme_code, s.name as series_name, t.place, "
          + PEOPLE
          + " as people, "
          + FEMALE
          + " as female, "
          + MALE
          + " as male, "
          + GAIN
          + " as gain from training t join org_unit u on u.id = t.org_unit_id"
          + " join programme g on g.id = t.programme_id"
          + " left join training_series s on s.id = t.series_id";

  private final JdbcClient jdbc;
  private final JdbcClient cursor;

  TrainingRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    JdbcTemplate streaming = new JdbcTemplate(dataSource);
    streaming.setFetchSize(1000);
    this.cursor = JdbcClient.create(streaming);
  }

  long insert(TrainingDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into training (org_unit_id, programme_id, series_id, kind, title, place,"
                + " starts_on, ends_on, participation, female_count, male_count, other_count,"
                + " notes, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)")
        .params(
            d.orgUnitId(),
            d.programmeId(),
            d.seriesId(),
            d.kind().name(),
            d.title(),
            d.place(),
            Date.valueOf(d.startsOn()),
            Date.valueOf(d.endsOn()),
            d.participation().name(),
            d.femaleCount(),
            d.maleCount(),
            d.otherCount(),
            d.notes(),
            actor,
            actor)
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    writeModules(id, d.moduleIds());
    return id;
  }

  /** Saves a change; fails if someone saved the training since {@code version} was read. */
  void update(long id, int version, TrainingDraft d, String actor) {
    int changed =
        jdbc.sql(
                "update training set programme_id = ?, series_id = ?, kind = ?, title = ?,"
                    + " place = ?, starts_on = ?, ends_on = ?, participation = ?,"
                    + " female_count = ?, male_count = ?, other_count = ?, notes = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(
                d.programmeId(),
                d.seriesId(),
                d.kind().name(),
                d.title(),
                d.place(),
                Date.valueOf(d.startsOn()),
                Date.valueOf(d.endsOn()),
                d.participation().name(),
                d.femaleCount(),
                d.maleCount(),
                d.otherCount(),
                d.notes(),
                actor,
                id,
                version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Training " + id + " changed meanwhile");
    }
    jdbc.sql("delete from training_covers where training_id = ?").param(id).update();
    writeModules(id, d.moduleIds());
  }

  private void writeModules(long id, List<Long> moduleIds) {
    for (Long m : moduleIds) {
      jdbc.sql("insert into training_covers (training_id, module_id) values (?, ?)")
          .params(id, m)
          .update();
    }
  }

  Optional<Training> findById(long id) {
    return jdbc.sql(SELECT + " where t.id = ?").param(id).query(this::training).optional();
  }

  /** Locks the training's row until the transaction ends, so imports into it take turns. */
  void lock(long id) {
    jdbc.sql("select id from training where id = ? for update").param(id).query(Long.class).list();
  }

  TrainingFigures figures(Training t) {
    if (t.participation() == Participation.COUNTS) {
      return new TrainingFigures(t.femaleCount(), t.maleCount(), t.otherCount(), 0, null, 0);
    }
    return jdbc.sql(
            "select count(*) filter (where sex = 'FEMALE') as f,"
                + " count(*) filter (where sex = 'MALE') as m,"
                + " count(*) filter (where sex = 'OTHER') as o,"
                + " count(*) filter (where sex = 'UNKNOWN') as u,"
                + " avg(post_score - pre_score) as gain,"
                + " count(*) filter (where post_score is not null and pre_score is not null) as n"
                + " from training_participant where training_id = ?")
        .param(t.id())
        .query(
            (rs, n) ->
                new TrainingFigures(
                    rs.getLong("f"),
                    rs.getLong("m"),
                    rs.getLong("o"),
                    rs.getLong("u"),
                    rounded(rs.getBigDecimal("gain")),
                    rs.getLong("n")))
        .single();
  }

  List<TrainingRow> search(Long[] scope, TrainingFilter f, int limit, long offset) {
    Where w = where(scope, f);
    return w.bind(
            jdbc.sql(
                ROW + w.sql + " order by t.starts_on desc, t.id desc limit :limit offset :offset"))
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, n) -> row(rs))
        .list();
  }

  /** Matching trainings, counted up to the cap and one more. */
  long count(Long[] scope, TrainingFilter f, int cap) {
    Where w = where(scope, f);
    return w.bind(
            jdbc.sql(
                "select count(*) from (select 1 from training t"
                    + w.sql
                    + " limit "
                    + (cap + 1)
                    + ") x"))
        .query(Long.class)
        .single();
  }

  /** Every matching training, oldest first, read from a cursor. */
  void export(Long[] scope, TrainingFilter f, Consumer<TrainingRow> each) {
    Where w = where(scope, f);
    w.bind(cursor.sql(ROW + w.sql + " order by t.starts_on, t.id"))
        .query((ResultSet rs) -> each.accept(row(rs)));
  }

  /** The SQL of the filters that are set, and only those, so the planner sees plain predicates. */
  private static Where where(Long[] scope, TrainingFilter f) {
    StringBuilder sql = new StringBuilder(" where t.org_unit_id = any(:scope)");
    List<Object[]> params = new ArrayList<>();
    params.add(new Object[] {"scope", scope});
    String like = org.safar.shell.ResultPage.containing(f.text());
    if (like != null) {
      sql.append(" and (lower(t.title) like :q or lower(coalesce(t.place, '')) like :q)");
      params.add(new Object[] {"q", like});
    }
    if (f.kind() != null) {
      sql.append(" and t.kind = :kind");
      params.add(new Object[] {"kind", f.kind().name()});
    }
    if (f.orgUnitId() != null) {
      sql.append(" and t.org_unit_id = :unit");
      params.add(new Object[] {"unit", f.orgUnitId()});
    }
    if (f.projectId() != null) {
      // a project's trainings include those recorded under its components
      sql.append(
          " and t.programme_id in (with recursive e(id) as (select cast(:project as bigint)"
              + " union all select c.id from programme c join e on c.parent_id = e.id)"
              + " select id from e)");
      params.add(new Object[] {"project", f.projectId()});
    }
    if (f.seriesId() != null) {
      sql.append(" and t.series_id = :series");
      params.add(new Object[] {"series", f.seriesId()});
    }
    if (f.from() != null) {
      sql.append(" and t.starts_on >= :from");
      params.add(new Object[] {"from", Date.valueOf(f.from())});
    }
    if (f.to() != null) {
      sql.append(" and t.starts_on <= :to");
      params.add(new Object[] {"to", Date.valueOf(f.to())});
    }
    return new Where(sql.toString(), params);
  }

  private record Where(String sql, List<Object[]> params) {
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
      for (Object[] p : params) {
        spec = spec.param((String) p[0], p[1]);
      }
      return spec;
    }
  }

  /**
   * The trainings delivered by trainees of {@code root}, and those delivered by their trainees in
   * turn, down to {@code maxDepth} steps; a training met twice is listed at its first step.
   */
  List<CascadeStep> cascade(long root, int maxDepth, Long[] scope) {
    return jdbc.sql(
            "with recursive edge as ("
                + " select distinct p.training_id as parent, tt.training_id as child"
                + " from training_trainer tt join training_participant p on p.id = tt.participant_id),"
                + " step (training_id, parent, depth, path) as ("
                + " select e.child, e.parent, 1, array[e.parent, e.child] from edge e"
                + " where e.parent = :root"
                + " union all"
                + " select e.child, e.parent, s.depth + 1, s.path || e.child"
                + " from step s join edge e on e.parent = s.training_id"
                + " where s.depth < :max and not e.child = any(s.path)),"
                + " first as (select distinct on (training_id) training_id, parent, depth"
                + " from step order by training_id, depth)"
                + " select f.training_id, f.parent, f.depth, t.org_unit_id = any(:scope) as visible,"
                + " t.title, t.kind, t.starts_on, "
                + PEOPLE
                + " as people, "
                + FEMALE
                + " as female, "
                + MALE
                + " as male from first f join training t on t.id = f.training_id"
                + " order by f.depth, t.starts_on, t.id")
        .param("root", root)
        .param("max", maxDepth)
        .param("scope", scope)
        .query(
            (rs, n) ->
                new CascadeStep(
                    rs.getLong("training_id"),
                    rs.getLong("parent"),
                    rs.getInt("depth"),
                    rs.getBoolean("visible"),
                    rs.getString("title"),
                    TrainingKind.valueOf(rs.getString("kind")),
                    rs.getDate("starts_on").toLocalDate(),
                    rs.getLong("people"),
                    rs.getLong("female"),
                    rs.getLong("male")))
        .list();
  }

  /** Who delivers the training: trainees of trainings of trainers. */
  List<Trainer> trainers(long trainingId, Long[] scope) {
    return jdbc.sql(
            "select p.id, p.full_name, p.institution, tot.id as tot, tot.title,"
                + " tot.org_unit_id = any(:scope) as visible"
                + " from training_trainer tt join training_participant p on p.id = tt.participant_id"
                + " join training tot on tot.id = p.training_id where tt.training_id = :t"
                + " order by lower(p.full_name), p.id")
        .param("t", trainingId)
        .param("scope", scope)
        .query(
            (rs, n) ->
                new Trainer(
                    rs.getLong("id"),
                    rs.getString("full_name"),
                    rs.getString("institution"),
                    rs.getLong("tot"),
                    rs.getString("title"),
                    rs.getBoolean("visible")))
        .list();
  }

  /** Trainees of trainings of trainers in scope whose name matches, as possible trainers. */
  List<Trainer> trainerCandidates(Long[] scope, String like, long forTraining) {
    return jdbc.sql(
            "select p.id, p.full_name, p.institution, tot.id as tot, tot.title, true as visible"
                + " from training_participant p join training tot on tot.id = p.training_id"
                + " where tot.kind = 'TRAINING_OF_TRAINERS' and tot.org_unit_id = any(:scope)"
                + " and tot.id <> :t and lower(p.full_name) like :q"
                + " and not exists (select 1 from training_trainer tt where tt.training_id = :t"
                + " and tt.participant_id = p.id)"
                + " order by lower(p.full_name), p.id limit 20")
        .param("scope", scope)
        .param("q", like)
        .param("t", forTraining)
        .query(
            (rs, n) ->
                new Trainer(
                    rs.getLong("id"),
                    rs.getString("full_name"),
                    rs.getString("institution"),
                    rs.getLong("tot"),
                    rs.getString("title"),
                    true))
        .list();
  }

  boolean addTrainer(long trainingId, long participantId) {
    return jdbc.sql(
                "insert into training_trainer (training_id, participant_id) values (?, ?)"
                    + " on conflict do nothing")
            .params(trainingId, participantId)
            .update()
        == 1;
  }

  void removeTrainer(long trainingId, long participantId) {
    jdbc.sql("delete from training_trainer where training_id = ? and participant_id = ?")
        .params(trainingId, participantId)
        .update();
  }

  /** Other trainings' trainers who were trained here: the training cannot stop keeping persons. */
  long traineesDelivering(long trainingId) {
    return jdbc.sql(
            "select count(*) from training_trainer tt join training_participant p"
                + " on p.id = tt.participant_id where p.training_id = ?")
        .param(trainingId)
        .query(Long.class)
        .single();
  }

  private Training training(ResultSet rs, int n) throws SQLException {
    Array modules = rs.getArray("modules");
    List<Long> moduleIds = modules == null ? List.of() : Arrays.asList((Long[]) modules.getArray());
    Long series = rs.getObject("series_id", Long.class);
    return new Training(
        rs.getLong("id"),
        rs.getLong("org_unit_id"),
        rs.getString("unit_name"),
        rs.getLong("programme_id"),
        rs.getString("programme_code"),
        rs.getString("programme_title"),
        series,
        rs.getString("series_name"),
        TrainingKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("place"),
        rs.getDate("starts_on").toLocalDate(),
        rs.getDate("ends_on").toLocalDate(),
        Participation.valueOf(rs.getString("participation")),
        rs.getInt("female_count"),
        rs.getInt("male_count"),
        rs.getInt("other_count"),
        rs.getString("notes"),
        moduleIds,
        rs.getInt("version"));
  }

  private static TrainingRow row(ResultSet rs) throws SQLException {
    return new TrainingRow(
        rs.getLong("id"),
        rs.getString("title"),
        TrainingKind.valueOf(rs.getString("kind")),
        rs.getDate("starts_on").toLocalDate(),
        rs.getDate("ends_on").toLocalDate(),
        rs.getString("unit_name"),
        rs.getLong("programme_id"),
        rs.getString("programme_code"),
        rs.getString("series_name"),
        rs.getString("place"),
        rs.getLong("people"),
        rs.getLong("female"),
        rs.getLong("male"),
        rounded(rs.getBigDecimal("gain")));
  }

  static BigDecimal rounded(BigDecimal v) {
    return v == null ? null : v.setScale(1, java.math.RoundingMode.HALF_UP);
  }

  /** Trainings under these portfolio entries, kept by a unit in the scope. */
  long countUnder(Long[] programmeIds, Long[] scope) {
    return jdbc.sql(
            "select count(*) from training where programme_id = any(?) and org_unit_id = any(?)")
        .params(programmeIds, scope)
        .query(Long.class)
        .single();
  }
}
