package org.safar.referral;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for sharing consents. A consent is never changed, only withdrawn. */
@Repository
class ConsentRepository {

  private final JdbcClient jdbc;

  ConsentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long clientId, ConsentDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into sharing_consent (client_id, services, share_name, share_phone,"
                + " share_details, given_on, expires_on, method, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            clientId,
            d.services().stream().sorted().map(ServiceType::name).toArray(String[]::new),
            d.shareName(),
            d.sharePhone(),
            d.shareDetails(),
            Date.valueOf(d.givenOn()),
            Date.valueOf(d.expiresOn()),
            d.method(),
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  boolean withdraw(long id, long clientId, java.time.LocalDate day) {
    return jdbc.sql(
                "update sharing_consent set withdrawn_on = ? where id = ? and client_id = ?"
                    + " and withdrawn_on is null")
            .params(Date.valueOf(day), id, clientId)
            .update()
        == 1;
  }

  List<SharingConsent> ofClient(long clientId) {
    return jdbc.sql(
            "select * from sharing_consent where client_id = ? order by given_on desc, id desc")
        .param(clientId)
        .query(ConsentRepository::map)
        .list();
  }

  Optional<SharingConsent> findById(long id) {
    return jdbc.sql("select * from sharing_consent where id = ?")
        .param(id)
        .query(ConsentRepository::map)
        .optional();
  }

  private static SharingConsent map(ResultSet rs, int row) throws SQLException {
    Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
    for (String s : (String[]) rs.getArray("services").getArray()) {
      services.add(ServiceType.valueOf(s));
    }
    Date withdrawn = rs.getDate("withdrawn_on");
    return new SharingConsent(
        rs.getLong("id"),
        rs.getLong("client_id"),
        services,
        rs.getBoolean("share_name"),
        rs.getBoolean("share_phone"),
        rs.getBoolean("share_details"),
        rs.getDate("given_on").toLocalDate(),
        rs.getDate("expires_on").toLocalDate(),
        rs.getString("method"),
        withdrawn == null ? null : withdrawn.toLocalDate());
  }
}
