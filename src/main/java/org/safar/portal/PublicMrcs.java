package org.safar.portal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MRCs the portal lists: every active MRC org unit (address, hours, hotline as the org unit
 * holds them) with the portal's own profile ({@code mrc_public_profile}: map position, directions,
 * whether it is listed). Read for every visitor, so the list is kept for a minute.
 */
@Service
public class PublicMrcs {

  private static final Duration KEEP = Duration.ofMinutes(1);

  private final OrgUnits orgUnits;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;
  private volatile List<PublicMrc> all;
  private volatile Instant readAt = Instant.MIN;

  PublicMrcs(OrgUnits orgUnits, JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.orgUnits = orgUnits;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every listed MRC, by country then name. */
  @Transactional(readOnly = true)
  public List<PublicMrc> all() {
    Instant now = clock.instant();
    List<PublicMrc> current = all;
    if (current == null || readAt.plus(KEEP).isBefore(now)) {
      current = load();
      all = current;
      readAt = now;
    }
    return current;
  }

  public Optional<PublicMrc> find(long id) {
    return all().stream().filter(m -> m.id() == id).findFirst();
  }

  /** The listed MRCs grouped by country code, countries in code order. */
  public Map<String, List<PublicMrc>> byCountry() {
    Map<String, List<PublicMrc>> grouped = new LinkedHashMap<>();
    all()
        .forEach(
            m -> grouped.computeIfAbsent(m.countryCode(), c -> new java.util.ArrayList<>()).add(m));
    return grouped;
  }

  /** Sets an MRC's public profile (an administrator's or the demo's change; audited). */
  @Transactional
  public void saveProfile(long mrcId, MrcProfile profile) {
    OrgUnit unit =
        orgUnits
            .find(mrcId)
            .filter(u -> u.kind() == OrgUnitKind.MRC)
            .orElseThrow(() -> new IllegalArgumentException("not an MRC: " + mrcId));
    jdbc.sql(
            "insert into mrc_public_profile (org_unit_id, latitude, longitude, directions, listed,"
                + " updated_by) values (?, ?, ?, ?, ?, ?) on conflict (org_unit_id) do update set"
                + " latitude = excluded.latitude, longitude = excluded.longitude,"
                + " directions = excluded.directions, listed = excluded.listed,"
                + " version = mrc_public_profile.version + 1, updated_at = now(),"
                + " updated_by = excluded.updated_by")
        .params(
            unit.id(),
            profile.latitude(),
            profile.longitude(),
            profile.directions(),
            profile.listed(),
            AuditLog.currentActor())
        .update();
    audit.record("PROFILE_SAVED", "mrc_public_profile", unit.id(), unit.code());
    forget();
  }

  /** Drops the kept list, so the next visitor reads the profiles as they are now. */
  void forget() {
    all = null;
  }

  private List<PublicMrc> load() {
    Map<Long, MrcProfile> profiles = new HashMap<>();
    Map<Long, String> mapLinks = new HashMap<>();
    jdbc.sql(
            "select org_unit_id, latitude, longitude, directions, listed, map_link"
                + " from mrc_public_profile")
        .query(
            rs -> {
              profiles.put(
                  rs.getLong(1),
                  new MrcProfile(
                      rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4), rs.getBoolean(5)));
              if (rs.getString(6) != null) {
                mapLinks.put(rs.getLong(1), rs.getString(6));
              }
            });
    return orgUnits.tree(orgUnits.scopeOf(Set.of(orgUnits.network().id()))).stream()
        .map(OrgUnitRow::unit)
        .filter(u -> u.kind() == OrgUnitKind.MRC && u.active())
        .filter(u -> profiles.get(u.id()) == null || profiles.get(u.id()).listed())
        .map(
            u -> {
              MrcProfile p = profiles.get(u.id());
              BigDecimal lat = p == null ? null : p.latitude();
              BigDecimal lon = p == null ? null : p.longitude();
              return new PublicMrc(
                  u.id(),
                  u.name(),
                  u.countryCode(),
                  u.address(),
                  u.city(),
                  u.hotline(),
                  u.email(),
                  u.openingHours(),
                  u.languages(),
                  lat,
                  lon,
                  p == null ? null : p.directions(),
                  mapLinks.get(u.id()));
            })
        .sorted(
            java.util.Comparator.comparing(PublicMrc::countryCode).thenComparing(PublicMrc::name))
        .toList();
  }
}
