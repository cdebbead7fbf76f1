package org.safar.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.ScopedPrincipal;
import org.safar.portfolio.Portfolio;
import org.safar.training.ParticipantDraft;
import org.safar.training.ParticipantSex;
import org.safar.training.Participation;
import org.safar.training.TrainingDraft;
import org.safar.training.TrainingKind;
import org.safar.training.Trainings;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Trainings built on facts from the programme documents: a monthly series for Tajikistan's
 * migration service, a training of trainers on pre-departure orientation whose trainees go on to
 * teach (two steps of cascade), and MRC workshops for imams in Bangladesh. Names of people are made
 * up; dates are the demo's own.
 */
final class DemoTrainings {

  private DemoTrainings() {}

  /** Who the demo records as: the whole network, as a programme manager, named "system". */
  private record System(Set<Long> orgUnitIds) implements ScopedPrincipal {
    @Override
    public String toString() {
      return "system";
    }
  }

  static void load(Trainings trainings, OrgUnits orgUnits, Portfolio portfolio) {
    SecurityContext before = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            new System(Set.of(orgUnits.network().id())),
            null,
            List.of(new SimpleGrantedAuthority("ROLE_PROGRAMME_MANAGER"))));
    SecurityContextHolder.setContext(context);
    try {
      new Loader(trainings, orgUnits, portfolio).load();
    } finally {
      SecurityContextHolder.setContext(before);
    }
  }

  private record Loader(Trainings trainings, OrgUnits orgUnits, Portfolio portfolio) {

    long unit(String code) {
      return orgUnits.findByCode(code).orElseThrow().id();
    }

    long project(String code) {
      return portfolio.findByCode(code).orElseThrow().id();
    }

    void load() {
      long pdo1 =
          trainings.recordModule(
              "PDO-1", "Legal pathways, visas and documents", "Before departure: what is needed");
      long pdo2 =
          trainings.recordModule(
              "PDO-2",
              "Contracts and recruitment costs",
              "Reading a contract; fees that are legal");
      long pdo3 =
          trainings.recordModule(
              "PDO-3", "Occupational safety and health abroad", "Rights and risks at work");
      long lm1 =
          trainings.recordModule(
              "LM-1", "Labour migration data", "Collecting and managing data on labour migrants");
      trainings.recordModule(
          "THB-1", "Recognising trafficking and referring", "Indicators of trafficking; referral");

      long ministry = unit("TJ-MLME");
      long dushanbe = unit("MRC-DUSHANBE");
      long protectMrc = project("PROTECT-MRC");
      long khatlon = project("MPTF-TJ-KHATLON");

      long series =
          trainings.recordSeries(
              ministry,
              "Monthly training for the Migration Service",
              "One day a month for officers of the Migration Service on labour migration"
                  + " management and data collection.");
      for (int month = 1; month <= 3; month++) {
        LocalDate day = LocalDate.of(2023, month, 14);
        long t =
            trainings.record(
                draft(
                    ministry,
                    protectMrc,
                    series,
                    TrainingKind.TRAINING,
                    "Migration Service monthly training: "
                        + day.getMonth()
                            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                        + " 2023",
                    "Dushanbe",
                    day,
                    month == 3 ? Participation.COUNTS : Participation.PERSONS,
                    month == 3 ? new int[] {9, 14, 0} : null,
                    List.of(lm1)));
        if (month < 3) {
          people(
              t,
              "Migration Service",
              new String[][] {
                {"Dilnoza Karimova", "F", "Inspector", "45", "70"},
                {"Farrukh Nazarov", "M", "Senior inspector", "55", "75"},
                {"Gulnora Safarova", "F", "Data officer", "60", "" + (80 + month)},
                {"Jamshed Rahimov", "M", "Inspector", "40", ""},
                {"Sitora Yusupova", "F", "Head of unit", "", ""}
              },
              month);
        }
      }

      long tot =
          trainings.record(
              draft(
                  ministry,
                  protectMrc,
                  null,
                  TrainingKind.TRAINING_OF_TRAINERS,
                  "Training of trainers on pre-departure orientation",
                  "Dushanbe",
                  LocalDate.of(2022, 10, 3),
                  Participation.PERSONS,
                  null,
                  List.of(pdo1, pdo2, pdo3)));
      long[] trainees =
          people(
              tot,
              "MRC Dushanbe",
              new String[][] {
                {"Nigora Ismoilova", "F", "Counsellor", "52", "88"},
                {"Rustam Davlatov", "M", "Counsellor", "48", "81"},
                {"Zebo Kholova", "F", "Outreach officer", "61", "90"},
                {"Parviz Sharipov", "M", "Migration Service officer", "39", "77"}
              },
              0);

      long khatlonPdo =
          trainings.record(
              draft(
                  dushanbe,
                  khatlon,
                  null,
                  TrainingKind.TRAINING,
                  "Pre-departure orientation for departing workers, Khatlon",
                  "Bokhtar",
                  LocalDate.of(2023, 2, 20),
                  Participation.COUNTS,
                  new int[] {18, 27, 0},
                  List.of(pdo1, pdo2)));
      trainings.addTrainer(khatlonPdo, trainees[0]);
      trainings.addTrainer(khatlonPdo, trainees[1]);

      long districtTot =
          trainings.record(
              draft(
                  dushanbe,
                  khatlon,
                  null,
                  TrainingKind.TRAINING_OF_TRAINERS,
                  "Training of trainers for district labour offices",
                  "Kulob",
                  LocalDate.of(2023, 4, 10),
                  Participation.PERSONS,
                  null,
                  List.of(pdo1, pdo3)));
      trainings.addTrainer(districtTot, trainees[2]);
      long[] district =
          people(
              districtTot,
              "District labour office, Kulob",
              new String[][] {
                {"Mehrangez Odinaeva", "F", "Employment specialist", "35", "72"},
                {"Sherali Boboev", "M", "Employment specialist", "42", "70"}
              },
              0);
      long village =
          trainings.record(
              draft(
                  dushanbe,
                  khatlon,
                  null,
                  TrainingKind.TRAINING,
                  "Safe migration session for families, Vose district",
                  "Vose",
                  LocalDate.of(2023, 6, 5),
                  Participation.COUNTS,
                  new int[] {31, 12, 0},
                  List.of(pdo1)));
      trainings.addTrainer(village, district[0]);

      trainings.record(
          draft(
              unit("MRC-DHAKA"),
              project("IMM-FLAGSHIPS"),
              null,
              TrainingKind.TRAINING,
              "Safe migration workshop for imams",
              "Dhaka",
              LocalDate.of(2021, 11, 16),
              Participation.COUNTS,
              new int[] {0, 24, 0},
              List.of(pdo1, pdo2)));
    }

    private long[] people(long training, String institution, String[][] rows, int shift) {
      long[] ids = new long[rows.length];
      for (int i = 0; i < rows.length; i++) {
        String[] r = rows[i];
        ids[i] =
            trainings.addParticipant(
                training,
                new ParticipantDraft(
                    r[0],
                    institution,
                    r[1].equals("F") ? ParticipantSex.FEMALE : ParticipantSex.MALE,
                    r[2],
                    score(r[3], shift),
                    score(r[4], shift)));
      }
      return ids;
    }

    private static BigDecimal score(String s, int shift) {
      return s.isEmpty() ? null : BigDecimal.valueOf(Math.min(100, Integer.parseInt(s) + shift));
    }

    private static TrainingDraft draft(
        long unit,
        long project,
        Long series,
        TrainingKind kind,
        String title,
        String place,
        LocalDate day,
        Participation participation,
        int[] counts,
        List<Long> modules) {
      return new TrainingDraft(
          unit,
          project,
          series,
          kind,
          title,
          place,
          day,
          kind == TrainingKind.TRAINING_OF_TRAINERS ? day.plusDays(4) : day,
          participation,
          counts == null ? null : counts[0],
          counts == null ? null : counts[1],
          counts == null ? null : counts[2],
          null,
          modules);
    }
  }
}
