package org.safar.outreach;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safar.shell.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A where clause built from the filters that are set, so no constant {@code :x is null or …} hides
 * an index from the planner.
 */
final class Sql {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  /**
   * The scope, text, project, campaign, kind and dates of a list; {@code alias} names the table,
   * {@code date} its date column and {@code text} the columns searched.
   */
  static Sql of(
      Long[] scope, OutreachFilter f, Long[] projects, String alias, String date, String... text) {
    Sql w = new Sql();
    w.and(alias + ".org_unit_id = any(:scope)", "scope", scope);
    String like = ResultPage.containing(f.text());
    if (like != null) {
      List<String> ors = new ArrayList<>();
      for (String column : text) {
        ors.add("lower(" + column + ") like :q");
      }
      w.and("(" + String.join(" or ", ors) + ")", "q", like);
    }
    if (projects != null) {
      w.and(alias + ".project_id = any(:projects)", "projects", projects);
    }
    if (f.campaignId() != null && alias.equals("e")) {
      w.and("e.campaign_id = :campaign", "campaign", f.campaignId());
    }
    if (f.kind() != null && alias.equals("e")) {
      w.and("e.kind = :kind", "kind", f.kind().name());
    }
    if (f.from() != null) {
      w.and(alias + "." + date + " >= :from", "from", Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      w.and(alias + "." + date + " <= :to", "to", Date.valueOf(f.to()));
    }
    return w;
  }

  Sql and(String clause, String name, Object value) {
    clauses.add(clause);
    params.put(name, value);
    return this;
  }

  String where() {
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
    for (var e : params.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    return spec;
  }
}
