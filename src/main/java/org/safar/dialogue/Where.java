package org.safar.dialogue;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safar.shell.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A where clause from the filters that are set, for table alias {@code t}. */
final class Where {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  Where(Long[] scope, DialogueFilter f, Long[] projects, String date, String... text) {
    add("t.org_unit_id = any(:scope)", "scope", scope);
    String like = ResultPage.containing(f.text());
    if (like != null) {
      List<String> ors = new ArrayList<>();
      for (String c : text) {
        ors.add("lower(coalesce(t." + c + ", '')) like :q");
      }
      add("(" + String.join(" or ", ors) + ")", "q", like);
    }
    if (projects != null) {
      add("t.project_id = any(:projects)", "projects", projects);
    }
    if (f.kind() != null) {
      add("t.kind = :kind", "kind", f.kind());
    }
    if (f.from() != null) {
      add("t." + date + " >= :from", "from", Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      add("t." + date + " <= :to", "to", Date.valueOf(f.to()));
    }
  }

  private void add(String clause, String name, Object value) {
    clauses.add(clause);
    params.put(name, value);
  }

  String sql() {
    return " where " + String.join(" and ", clauses);
  }

  JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
    for (var e : params.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    return spec;
  }
}
