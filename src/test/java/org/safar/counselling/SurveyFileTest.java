package org.safar.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading Kobo and ODK headers and answers, without the database. */
class SurveyFileTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
  static final Map<String, Intention> ANSWERS =
      Map.of("regular", Intention.REGULAR, "not_migrating", Intention.NOT_MIGRATING);

  @Test
  void groupPathsAreStrippedWhateverTheSeparator() {
    assertThat(SurveyColumns.question("group_followup/reached")).isEqualTo("reached");
    assertThat(SurveyColumns.question("group_followup-reached")).isEqualTo("reached");
    assertThat(SurveyColumns.question("meta-instanceID")).isEqualTo("instanceid");
    assertThat(SurveyColumns.question(" KEY ")).isEqualTo("key");
    assertThat(SurveyFile.submissionId("uuid:0b1c")).isEqualTo("0b1c");
  }

  @Test
  void datesAnswersAndTheRulesBetweenThemAreCheckedRowByRow() throws Exception {
    String text =
        "KEY;client_ref;followup_date;reached;intention;likelihood;SubmitterName\n"
            + "a;#12;2026-03-04T10:15:00.000+06:00;Yes;Not migrating;5;x\n"
            + "b;13;2026-03-04;0;;;x\n"
            + "c;14;2026-03-20;no;;;x\n"
            + "d;15;2026-03-04;yes;;;x\n"
            + "e;16;2026-03-04;no;regular;2;x\n"
            + "f;C-17;4 March;1;regular;6;x\n";
    SurveyFile.Checked checked = SurveyFile.check(text, ANSWERS, CLOCK);
    assertThat(checked.rows()).hasSize(2);
    SurveyFile.Row a = checked.rows().get(0);
    assertThat(a.clientRef()).isEqualTo(12);
    assertThat(a.surveyDate()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(a.doneAt()).isEqualTo(Instant.parse("2026-03-04T04:15:00Z"));
    assertThat(a.intention()).isEqualTo(Intention.NOT_MIGRATING);
    assertThat(checked.rows().get(1).reached()).isFalse();
    assertThat(checked.errors())
        .extracting(e -> e.row() + " " + e.column() + " " + e.messageKey())
        .containsExactly(
            "4 followup_date followUpImport.error.dateFuture",
            "5 intention followUpImport.error.intentionMissing",
            "6 intention followUpImport.error.notReachedIntention",
            "7 client_ref followUpImport.error.clientRef",
            "7 followup_date followUpImport.error.date",
            "7 likelihood followUpImport.error.likelihood");
  }

  @Test
  void aByteOrderMarkIsDroppedAndOtherEncodingsRefused() throws Exception {
    assertThat(SurveyFile.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}))
        .isEqualTo("a");
    assertThatThrownBy(() -> SurveyFile.decode(new byte[] {'a', (byte) 0xE9, 'b'}))
        .hasMessage("followUpImport.error.encoding");
  }
}
