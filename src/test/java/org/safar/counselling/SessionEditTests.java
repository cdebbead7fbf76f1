package org.safar.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Correcting a saved counselling session: scope, validation, conflicts and history. */
@SafarIntegrationTest
class SessionEditTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  long sessionOf(StaffClient c, String name) {
    long client = DeskFixtures.client(c, orgUnits.findByCode("MRC-DHAKA").orElseThrow().id(), name);
    DeskFixtures.session(c, client, "2026-01-10", "topics=VISAS", "first");
    return jdbc.sql("select id from counselling_session where client_id = ?")
        .param(client)
        .query(Long.class)
        .single();
  }

  String edit(long id, String fields) {
    return "channel=HOTLINE&heldOn=2026-01-11&durationMinutes=45" + fields;
  }

  @Test
  void aCounsellorCorrectsASessionAndTheHistoryShowsIt() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long id = sessionOf(dhaka, "Nasrin Correction");
    String path = "/counselling/sessions/" + id + "/edit";
    assertThat(dhaka.get(path).body()).contains("first").contains("name=\"version\" value=\"0\"");

    HttpResponse<String> saved =
        dhaka.postRaw(
            path,
            path,
            edit(
                id,
                "&topics=CONTRACTS&topics=HEALTH&notes=" + enc("ঠিক করা হয়েছে") + "&version=0"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(
            jdbc.sql("select unnest(topics) from counselling_session where id = ?")
                .param(id)
                .query(String.class)
                .list())
        .isEqualTo(List.of("CONTRACTS", "HEALTH"));
    assertThat(
            jdbc.sql(
                    "select notes || '/' || duration_minutes || '/' || channel from counselling_session where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("ঠিক করা হয়েছে/45/HOTLINE");
    assertThat(dhaka.get(path).body()).contains("UPDATED").contains("counsellor.dhaka");
  }

  @Test
  void aStaleSaveShowsAConflictAndKeepsWhatWasTyped() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long id = sessionOf(dhaka, "Farida Conflict");
    String path = "/counselling/sessions/" + id + "/edit";
    dhaka.postRaw(path, path, edit(id, "&topics=VISAS&notes=saved+first&version=0"));
    HttpResponse<String> late =
        dhaka.postRaw(path, path, edit(id, "&topics=VISAS&notes=typed+later&version=0"));
    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("Someone else saved").contains("typed later");
    assertThat(
            jdbc.sql("select notes from counselling_session where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("saved first");
  }

  @Test
  void badInputIsExplainedAndNothingChanges() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long id = sessionOf(dhaka, "Rupa Badinput");
    String path = "/counselling/sessions/" + id + "/edit";
    HttpResponse<String> r =
        dhaka.postRaw(
            path, path, "channel=HOTLINE&heldOn=2026-01-11&durationMinutes=0&notes=kept&version=0");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("1 to 600").contains("kept");
    assertThat(
            jdbc.sql("select duration_minutes from counselling_session where id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(20);
  }

  @Test
  void aKabulCounsellorCannotOpenOrChangeADhakaSession() {
    long id =
        sessionOf(StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD), "Mina Outofscope");
    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", PASSWORD);
    String path = "/counselling/sessions/" + id + "/edit";
    assertThat(kabul.get(path).statusCode()).isEqualTo(403);
    assertThat(
            kabul
                .postRaw("/counselling/clients", path, edit(id, "&topics=VISAS&version=0"))
                .statusCode())
        .isEqualTo(403);
    assertThat(kabul.get("/counselling/sessions/999999999/edit").statusCode()).isEqualTo(404);
  }
}
