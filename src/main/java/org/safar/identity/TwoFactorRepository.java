package org.safar.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for an account's authenticator secret and its recovery codes. */
@Repository
class TwoFactorRepository {

  /** What is stored for an account with two-factor sign-in on. */
  record Stored(byte[] secretEncrypted, long lastUsedStep, Instant enabledAt) {}

  private final JdbcClient jdbc;

  TwoFactorRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Stored> find(long accountId) {
    return jdbc.sql(
            "select secret_encrypted, last_used_step, enabled_at from account_two_factor"
                + " where account_id = ?")
        .param(accountId)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getBytes("secret_encrypted"),
                    rs.getLong("last_used_step"),
                    rs.getTimestamp("enabled_at").toInstant()))
        .optional();
  }

  boolean enabled(long accountId) {
    return jdbc.sql("select exists (select 1 from account_two_factor where account_id = ?)")
        .param(accountId)
        .query(Boolean.class)
        .single();
  }

  /** Switches two-factor on with a new secret (replacing any earlier one and its codes). */
  void enable(long accountId, byte[] secretEncrypted, long usedStep, List<String> codeHashes) {
    delete(accountId);
    jdbc.sql(
            "insert into account_two_factor (account_id, secret_encrypted, last_used_step)"
                + " values (?, ?, ?)")
        .params(accountId, secretEncrypted, usedStep)
        .update();
    insertCodes(accountId, codeHashes);
  }

  /** Switches two-factor off; the recovery codes go with it. */
  void delete(long accountId) {
    jdbc.sql("delete from account_two_factor where account_id = ?").param(accountId).update();
  }

  /**
   * Records that the code of this time step was used, only if no code of this or a later step was
   * used before. False means the code was used already (a replay) and must be refused.
   */
  boolean claimStep(long accountId, long step) {
    return jdbc.sql(
                "update account_two_factor set last_used_step = ?"
                    + " where account_id = ? and last_used_step < ?")
            .params(step, accountId, step)
            .update()
        == 1;
  }

  void replaceCodes(long accountId, List<String> codeHashes) {
    jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
    insertCodes(accountId, codeHashes);
  }

  /** Marks an unused recovery code used; false when there is no such unused code. */
  boolean useCode(long accountId, String codeHash, Instant now) {
    return jdbc.sql(
                "update account_recovery_code set used_at = ?"
                    + " where account_id = ? and code_hash = ? and used_at is null")
            .params(Timestamp.from(now), accountId, codeHash)
            .update()
        == 1;
  }

  int unusedCodes(long accountId) {
    return jdbc.sql(
            "select count(*) from account_recovery_code where account_id = ? and used_at is null")
        .param(accountId)
        .query(Integer.class)
        .single();
  }

  private void insertCodes(long accountId, List<String> codeHashes) {
    for (String hash : codeHashes) {
      jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)")
          .params(accountId, hash)
          .update();
    }
  }
}
