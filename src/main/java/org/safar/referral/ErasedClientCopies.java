package org.safar.referral;

import org.safar.counselling.ClientErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases what referrals copied about a client whose data was erased: what the provider was given
 * and the free texts that may name the person. In the erasing transaction, so it is all or none.
 */
@Component
class ErasedClientCopies {

  private final JdbcClient jdbc;

  ErasedClientCopies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(ClientErased event) {
    jdbc.sql(
            "update referral set shared_name = null, shared_phone = null, shared_details = null,"
                + " reason = '[erased]', outcome_note = null, rejection_reason = null,"
                + " consent_override = case when consent_override is null then null"
                + " else '[erased]' end, rejected_as = null"
                + " where client_id in (select id from client where id = ? or merged_into = ?)")
        .params(event.clientId(), event.clientId())
        .update();
  }
}
