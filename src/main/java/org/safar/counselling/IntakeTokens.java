package org.safar.counselling;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.safar.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens for channel integrations. A token is shown once when issued; only its SHA-256 is kept
 * (tokens are 256 random bits, so a slow hash adds nothing). Lookups are cached briefly because
 * every API call needs one; a revoked token stops working within {@link #CACHE_FOR}.
 */
@Service
public class IntakeTokens {

  static final Duration CACHE_FOR = Duration.ofSeconds(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final DeskAccess access;
  private final AuditLog audit;
  private final Clock clock;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  IntakeTokens(JdbcClient jdbc, DeskAccess access, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Issues a token for an MRC in the signed-in person's scope; returns the token's text. */
  @Transactional
  public String issue(long mrcId, String name) {
    access.requireMrc(mrcId);
    String clean = Text.clean(name, 120, "name");
    if (clean == null) {
      throw new InvalidCounsellingInputException("name", "token.error.name");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "sft_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into intake_token (mrc_id, name, token_hash, created_by) values (?, ?, ?, ?)")
        .params(mrcId, clean, hash(token), AuditLog.currentActor())
        .update(keys, "id");
    audit.record("ISSUED", "intake_token", keys.getKeyAs(Long.class), clean);
    return token;
  }

  @Transactional(readOnly = true)
  public List<IntakeToken> ofMrc(long mrcId) {
    access.require(mrcId, "org_unit", mrcId);
    return jdbc.sql(
            "select id, mrc_id, name, created_at, created_by, revoked_at from intake_token"
                + " where mrc_id = ? order by revoked_at nulls first, created_at desc")
        .param(mrcId)
        .query(
            (rs, n) ->
                new IntakeToken(
                    rs.getLong("id"),
                    rs.getLong("mrc_id"),
                    rs.getString("name"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getString("created_by"),
                    rs.getTimestamp("revoked_at") == null
                        ? null
                        : rs.getTimestamp("revoked_at").toInstant()))
        .list();
  }

  @Transactional
  public void revoke(long tokenId) {
    Long mrc =
        jdbc.sql("select mrc_id from intake_token where id = ?")
            .param(tokenId)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new CounsellingRecordNotFoundException("token", tokenId));
    access.require(mrc, "intake_token", tokenId);
    jdbc.sql(
            "update intake_token set revoked_at = now(), revoked_by = ? where id = ?"
                + " and revoked_at is null")
        .params(AuditLog.currentActor(), tokenId)
        .update();
    cache.clear();
    audit.record("REVOKED", "intake_token", tokenId, null);
  }

  /** The caller a token stands for, if it is a live token. */
  public Optional<IntakeCaller> authenticate(String token) {
    if (token == null || !token.startsWith("sft_") || token.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(token);
    Instant now = clock.instant();
    Cached cached = cache.get(hash);
    if (cached != null && cached.until().isAfter(now)) {
      return cached.caller();
    }
    Optional<IntakeCaller> caller =
        jdbc.sql(
                "select id, mrc_id, name from intake_token where token_hash = ?"
                    + " and revoked_at is null")
            .param(hash)
            .query(
                (rs, n) ->
                    new IntakeCaller(rs.getLong("id"), rs.getLong("mrc_id"), rs.getString("name")))
            .optional();
    if (cache.size() > 10_000) {
      cache.clear();
    }
    cache.put(hash, new Cached(caller, now.plus(CACHE_FOR)));
    return caller;
  }

  static String hash(String text) {
    return InquiryIntake.bodyHash(text.getBytes(StandardCharsets.UTF_8));
  }

  private record Cached(Optional<IntakeCaller> caller, Instant until) {}
}
