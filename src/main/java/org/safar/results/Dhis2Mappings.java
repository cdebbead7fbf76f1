package org.safar.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a framework's figures go in a national DHIS2: each indicator's data element and,
 * optionally, one org unit for all its values (table {@code indicator_dhis2_mapping}), and each
 * Safar org unit's DHIS2 org unit ({@code org_unit_dhis2}). Everything is a DHIS2 UID: 11
 * characters, a letter then 10 letters or digits. Changing a mapping needs the framework in scope
 * (and the org unit, for an org unit's UID) and is audited in the same transaction.
 */
@Service
public class Dhis2Mappings {

  private static final Pattern UID = Pattern.compile("[A-Za-z][A-Za-z0-9]{10}");

  private final ResultsFrameworks frameworks;
  private final OrgUnits orgUnits;
  private final AuditLog audit;
  private final JdbcClient jdbc;

  Dhis2Mappings(ResultsFrameworks frameworks, OrgUnits orgUnits, AuditLog audit, JdbcClient jdbc) {
    this.frameworks = frameworks;
    this.orgUnits = orgUnits;
    this.audit = audit;
    this.jdbc = jdbc;
  }

  /** Whether the text is a DHIS2 UID. */
  public static boolean isUid(String text) {
    return text != null && UID.matcher(text).matches();
  }

  /** An indicator with its mapping, if any ({@code valid}: its ids are UIDs the export can use). */
  public record IndicatorLine(Indicator indicator, String dataElement, String orgUnit) {
    public boolean mapped() {
      return dataElement != null;
    }

    public boolean valid() {
      return isUid(dataElement) && (orgUnit == null || isUid(orgUnit));
    }
  }

  /** A Safar org unit whose records the framework counts, with its DHIS2 UID (null: none). */
  public record UnitLine(OrgUnit unit, String uid) {}

  /** The framework's indicators and org units, for the mapping page. */
  public record FrameworkMapping(
      ResultsFramework framework, List<IndicatorLine> indicators, List<UnitLine> units) {
    public long unmapped() {
      return indicators.stream()
          .filter(i -> !Indicators.MANUAL.equals(i.indicator().source()))
          .filter(i -> !i.valid())
          .count();
    }
  }

  @Transactional(readOnly = true)
  public FrameworkMapping of(long frameworkId) {
    ResultsFramework f = frameworks.frameworkInScope(frameworkId);
    Map<Long, String[]> mapped = indicatorMappings(f.id());
    List<IndicatorLine> lines = new ArrayList<>();
    for (Indicator i : frameworks.indicatorsOf(f.id())) {
      String[] m = mapped.get(i.id());
      lines.add(new IndicatorLine(i, m == null ? null : m[0], m == null ? null : m[1]));
    }
    Map<Long, String> uids = unitUids();
    List<UnitLine> units = new ArrayList<>();
    for (OrgUnit u : units(f)) {
      units.add(new UnitLine(u, uids.get(u.id())));
    }
    return new FrameworkMapping(f, lines, units);
  }

  /**
   * The framework's own units and the MRCs beneath them that the signed-in person may see: those
   * whose DHIS2 org unit the export needs.
   */
  List<OrgUnit> units(ResultsFramework f) {
    Set<Long> own = Set.copyOf(f.orgUnitIds());
    var scope = orgUnits.currentScope();
    List<OrgUnit> out = new ArrayList<>();
    for (Long id : frameworks.units(f)) {
      orgUnits
          .find(id)
          .filter(u -> own.contains(u.id()) || u.kind() == OrgUnitKind.MRC)
          .filter(u -> scope.contains(u.id()))
          .ifPresent(out::add);
    }
    out.sort(java.util.Comparator.comparing(OrgUnit::name));
    return out;
  }

  /** Every org unit's UID, by org unit id. */
  Map<Long, String> unitUids() {
    Map<Long, String> m = new HashMap<>();
    jdbc.sql("select org_unit_id, uid from org_unit_dhis2")
        .query((rs, n) -> m.put(rs.getLong(1), rs.getString(2)))
        .list();
    return m;
  }

  private Map<Long, String[]> indicatorMappings(long frameworkId) {
    Map<Long, String[]> m = new HashMap<>();
    jdbc.sql(
            "select m.indicator_id, m.data_element, m.org_unit_ref from indicator_dhis2_mapping m"
                + " join indicator i on i.id = m.indicator_id where i.framework_id = ?")
        .param(frameworkId)
        .query((rs, n) -> m.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}))
        .list();
    return m;
  }

  /**
   * Maps an indicator to a DHIS2 data element and, optionally, one org unit for all its values; a
   * blank data element removes the mapping. Both must be UIDs.
   */
  @Transactional
  public void mapIndicator(long indicatorId, String dataElement, String orgUnit) {
    Indicator i = frameworks.indicator(indicatorId);
    if (dataElement == null || dataElement.isBlank()) {
      if (jdbc.sql("delete from indicator_dhis2_mapping where indicator_id = ?")
              .param(indicatorId)
              .update()
          > 0) {
        audit.record("DHIS2_UNMAPPED", "indicator", indicatorId, i.code());
      }
      return;
    }
    String element = dataElement.trim();
    String unit = orgUnit == null || orgUnit.isBlank() ? null : orgUnit.trim();
    if (!isUid(element)) {
      throw new InvalidIndicatorException("dataElement", "results.error.dhis2Uid", element);
    }
    if (unit != null && !isUid(unit)) {
      throw new InvalidIndicatorException("orgUnit", "results.error.dhis2Uid", unit);
    }
    jdbc.sql(
            "insert into indicator_dhis2_mapping (indicator_id, data_element, org_unit_ref,"
                + " changed_by) values (?, ?, ?, ?) on conflict (indicator_id) do update set"
                + " data_element = excluded.data_element, org_unit_ref = excluded.org_unit_ref,"
                + " changed_by = excluded.changed_by, changed_at = now()")
        .params(indicatorId, element, unit, AuditLog.currentActor())
        .update();
    audit.record(
        "DHIS2_MAPPED",
        "indicator",
        indicatorId,
        i.code() + " → " + element + (unit == null ? "" : " @ " + unit));
  }

  /**
   * Gives an org unit of the framework its DHIS2 UID (blank removes it). The unit must be one the
   * framework counts and in the person's scope (403 and audited otherwise).
   */
  @Transactional
  public void mapUnit(long frameworkId, long orgUnitId, String uid) {
    ResultsFramework f = frameworks.frameworkInScope(frameworkId);
    OrgUnit unit = orgUnits.getInScope(orgUnitId);
    if (units(f).stream().noneMatch(u -> u.id().equals(orgUnitId))) {
      throw new InvalidIndicatorException("uid", "results.error.dhis2Unit", unit.name());
    }
    if (uid == null || uid.isBlank()) {
      if (jdbc.sql("delete from org_unit_dhis2 where org_unit_id = ?").param(orgUnitId).update()
          > 0) {
        audit.record("DHIS2_UNMAPPED", "org_unit", orgUnitId, unit.code());
      }
      return;
    }
    String value = uid.trim();
    if (!isUid(value)) {
      throw new InvalidIndicatorException("uid", "results.error.dhis2Uid", value);
    }
    jdbc.sql(
            "insert into org_unit_dhis2 (org_unit_id, uid, changed_by) values (?, ?, ?)"
                + " on conflict (org_unit_id) do update set uid = excluded.uid,"
                + " changed_by = excluded.changed_by, changed_at = now()")
        .params(orgUnitId, value, AuditLog.currentActor())
        .update();
    audit.record("DHIS2_MAPPED", "org_unit", orgUnitId, unit.code() + " → " + value);
  }
}
