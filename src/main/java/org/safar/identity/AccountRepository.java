package org.safar.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for accounts, with their roles and org units read in the same query. */
@Repository
class AccountRepository {

  private static final String SELECT =
      "select a.id, a.username, a.display_name, a.email, a.password_hash, a.enabled,"
          + " a.must_change_password, a.failed_logins, a.locked_until, a.last_login_at, a.version,"
          + " array(select r.role from account_role r where r.account_id = a.id) as roles,"
          + " array(select o.org_unit_id from account_org_unit o where o.account_id = a.id)"
          + " as org_units from account a";

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Account> findById(long id) {
    return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AccountRepository::map).optional();
  }

  Optional<Account> findByUsername(String username) {
    return jdbc.sql(SELECT + " where a.username = ?")
        .param(username)
        .query(AccountRepository::map)
        .optional();
  }

  List<StaffMember> staffAt(Set<Long> orgUnitIds, Set<Role> roles) {
    return jdbc.sql(
            "select a.id, a.display_name from account a where a.enabled"
                + " and exists (select 1 from account_org_unit o where o.account_id = a.id"
                + "   and o.org_unit_id = any(?))"
                + " and exists (select 1 from account_role r where r.account_id = a.id"
                + "   and r.role = any(?)) order by lower(a.display_name)")
        .params(
            orgUnitIds.toArray(Long[]::new), roles.stream().map(Role::name).toArray(String[]::new))
        .query((rs, n) -> new StaffMember(rs.getLong("id"), rs.getString("display_name")))
        .list();
  }

  java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, display_name from account where id = any(?)")
          .param(ids.toArray(Long[]::new))
          .query(
              rs -> {
                names.put(rs.getLong("id"), rs.getString("display_name"));
              });
    }
    return names;
  }

  long count() {
    return jdbc.sql("select count(*) from account").query(Long.class).single();
  }

  /**
   * Accounts whose org units all lie in the scope, matching the text, newest name order. An account
   * with no org unit is only listed for a global scope.
   */
  List<Account> search(
      Long[] scope, boolean global, String like, Role role, int limit, long offset) {
    return jdbc.sql(
            SELECT + where() + " order by lower(a.display_name), a.id limit :limit offset :offset")
        .param("scope", scope)
        .param("global", global)
        .param("q", like)
        .param("role", role == null ? null : role.name())
        .param("limit", limit)
        .param("offset", offset)
        .query(AccountRepository::map)
        .list();
  }

  long countSearch(Long[] scope, boolean global, String like, Role role) {
    return jdbc.sql("select count(*) from account a" + where())
        .param("scope", scope)
        .param("global", global)
        .param("q", like)
        .param("role", role == null ? null : role.name())
        .query(Long.class)
        .single();
  }

  private static String where() {
    return " where (:global or (exists (select 1 from account_org_unit o where o.account_id = a.id)"
        + " and not exists (select 1 from account_org_unit o where o.account_id = a.id"
        + "   and not o.org_unit_id = any(:scope))))"
        + " and (cast(:q as text) is null or a.username ilike :q or a.display_name ilike :q"
        + "   or a.email ilike :q)"
        + " and (cast(:role as text) is null or exists (select 1 from account_role r"
        + "   where r.account_id = a.id and r.role = :role))";
  }

  long insert(Account a, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into account (username, display_name, email, password_hash, enabled,"
                + " must_change_password, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.username(),
            a.displayName(),
            a.email(),
            a.passwordHash(),
            a.enabled(),
            a.mustChangePassword(),
            actor,
            actor)
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    replaceGrants(id, a.roles(), a.orgUnitIds());
    return id;
  }

  /** Saves the details an administrator edits; fails if someone saved in between. */
  void updateDetails(Account a, int expectedVersion, String actor) {
    int changed =
        jdbc.sql(
                "update account set display_name = ?, email = ?, enabled = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(a.displayName(), a.email(), a.enabled(), actor, a.id(), expectedVersion)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Account " + a.id() + " changed since read");
    }
    replaceGrants(a.id(), a.roles(), a.orgUnitIds());
  }

  void setEnabled(long id, boolean enabled, String actor) {
    jdbc.sql(
            "update account set enabled = ?, version = version + 1, updated_at = now(),"
                + " updated_by = ? where id = ?")
        .params(enabled, actor, id)
        .update();
  }

  void setPassword(long id, String hash, boolean mustChange, String actor) {
    jdbc.sql(
            "update account set password_hash = ?, must_change_password = ?, failed_logins = 0,"
                + " locked_until = null, version = version + 1, updated_at = now(),"
                + " updated_by = ? where id = ?")
        .params(hash, mustChange, actor, id)
        .update();
  }

  /** Counts a failed sign-in and locks the account once the count reaches the limit. */
  boolean recordFailure(String username, int limit, Instant lockUntil) {
    return jdbc.sql(
                "update account set failed_logins = failed_logins + 1,"
                    + " locked_until = case when failed_logins + 1 >= ? then ? else locked_until end"
                    + " where username = ?")
            .params(limit, Timestamp.from(lockUntil), username)
            .update()
        == 1;
  }

  void recordSuccess(String username) {
    jdbc.sql(
            "update account set failed_logins = 0, locked_until = null, last_login_at = now()"
                + " where username = ?")
        .param(username)
        .update();
  }

  /** A lock that has run out starts a fresh count. */
  void clearExpiredLock(String username, Instant now) {
    jdbc.sql(
            "update account set failed_logins = 0, locked_until = null"
                + " where username = ? and locked_until <= ?")
        .params(username, Timestamp.from(now))
        .update();
  }

  private void replaceGrants(long id, Set<Role> roles, Set<Long> orgUnits) {
    jdbc.sql("delete from account_role where account_id = ?").param(id).update();
    jdbc.sql("delete from account_org_unit where account_id = ?").param(id).update();
    for (Role role : roles) {
      jdbc.sql("insert into account_role (account_id, role) values (?, ?)")
          .params(id, role.name())
          .update();
    }
    for (Long unit : orgUnits) {
      jdbc.sql("insert into account_org_unit (account_id, org_unit_id) values (?, ?)")
          .params(id, unit)
          .update();
    }
  }

  private static Account map(ResultSet rs, int row) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : (String[]) rs.getArray("roles").getArray()) {
      roles.add(Role.valueOf(r));
    }
    Set<Long> units = new HashSet<>(Arrays.asList((Long[]) rs.getArray("org_units").getArray()));
    Timestamp locked = rs.getTimestamp("locked_until");
    Timestamp last = rs.getTimestamp("last_login_at");
    return new Account(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getString("password_hash"),
        rs.getBoolean("enabled"),
        rs.getBoolean("must_change_password"),
        rs.getInt("failed_logins"),
        locked == null ? null : locked.toInstant(),
        last == null ? null : last.toInstant(),
        roles,
        units,
        rs.getInt("version"));
  }
}
