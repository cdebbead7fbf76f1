package org.safar.counselling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.identity.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one rule for protected cases, applied where rows become objects: who the person is (name,
 * phone, district, birth year, notes) reaches only the case's caseworker and supervisor, and every
 * read of a protected client, shown or not, is written to the audit trail before the row is used.
 *
 * <p>Every query that returns something about a client selects {@link #COLUMNS} through a join on
 * {@code protected_case pc}, and its row mapper asks {@link #hidden}. The audit entry is written in
 * a transaction of its own (reads often run in read-only ones); if it cannot be written, the read
 * fails, so no protected row is ever served unaudited. Within one request a client is recorded
 * once.
 */
@Component
class ProtectedReads {

  /** The columns a row mapper needs; the query must join {@code protected_case pc}. */
  static final String COLUMNS =
      " pc.client_id as pc_client, pc.caseworker_id as pc_caseworker,"
          + " pc.supervisor_id as pc_supervisor";

  /** Joins the protection of the client aliased {@code c}. */
  static final String JOIN = " left join protected_case pc on pc.client_id = c.id";

  /**
   * Keeps a search by name, phone or district from finding a protected client for anyone outside
   * the case: a hit would tell them who the confidential record is. Binds {@code :viewer}.
   */
  static final String FINDABLE =
      " and (pc.client_id is null or pc.caseworker_id = :viewer or pc.supervisor_id = :viewer)";

  static final String ACTION = "PROTECTED_READ";

  private static final String SEEN = ProtectedReads.class.getName() + ".seen";

  private final AuditLog audit;

  ProtectedReads(AuditLog audit) {
    this.audit = audit;
  }

  /**
   * The signed-in staff member's account id, or -1 (nobody's) when no staff member is signed in.
   */
  static long viewer() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof StaffPrincipal staff
        ? staff.accountId()
        : -1L;
  }

  /** Whether the viewer is the caseworker or the supervisor of the case. */
  static boolean onTeam(Long caseworker, Long supervisor) {
    long viewer = viewer();
    return viewer > 0
        && ((caseworker != null && caseworker == viewer)
            || (supervisor != null && supervisor == viewer));
  }

  /**
   * Whether the row's client must be shown as "Confidential" to the viewer. A protected row is
   * recorded as read either way.
   */
  boolean hidden(ResultSet rs, long clientId) throws SQLException {
    if (rs.getObject("pc_client") == null) {
      return false;
    }
    boolean shown =
        onTeam(
            rs.getObject("pc_caseworker", Long.class), rs.getObject("pc_supervisor", Long.class));
    read(clientId, shown);
    return !shown;
  }

  /** Records a read of a protected client, once per request. */
  void read(long clientId, boolean shown) {
    String where = "";
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
      var request = web.getRequest();
      @SuppressWarnings("unchecked")
      Set<Long> seen = (Set<Long>) request.getAttribute(SEEN);
      if (seen == null) {
        seen = new HashSet<>();
        request.setAttribute(SEEN, seen);
      }
      if (!seen.add(clientId)) {
        return;
      }
      where = request.getMethod() + " " + request.getRequestURI() + " · ";
    }
    audit.recordAlone(
        AuditLog.currentActor(),
        ACTION,
        "client",
        clientId,
        where + (shown ? "identity shown" : "shown as confidential"));
  }
}
