package org.safar.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import org.safar.agencies.AgencyImports;

/**
 * Official lists of recruitment agencies for the demo countries. The agencies, licence numbers and
 * addresses are invented; each country has a mix of statuses, and Bangladesh and Afghanistan have
 * an agency whose licence a later list cancelled, so its history shows the change.
 */
final class DemoAgencies {

  static final String HEADER = "licence_number,name,address,status,valid_from,valid_until\n";

  private DemoAgencies() {}

  static void load(AgencyImports imports) {
    String bangladesh =
        HEADER
            + "RL-1021,Padma Overseas Recruiting,\"Motijheel, Dhaka\",valid,2024-07-01,2027-06-30\n"
            + "RL-1187,Meghna Manpower Services,\"Banani, Dhaka\",valid,2023-01-15,2026-01-14\n"
            + "RL-0954,Sonar Bangla Travels and Recruiting,\"Kandirpar, Cumilla\",valid,"
            + "2022-05-01,2026-04-30\n"
            + "RL-1302,Jamuna Gulf Employment,\"Paltan, Dhaka\",suspended,2024-03-01,2027-02-28\n"
            + "RL-0877,Karnaphuli Global Staffing,\"Agrabad, Chattogram\",banned,,\n";
    imports.importTrusted(
        "BD",
        "Bureau of Manpower, Employment and Training (demo)",
        date("2025-06-30"),
        bangladesh.getBytes(UTF_8));
    imports.importTrusted(
        "BD",
        "Bureau of Manpower, Employment and Training (demo)",
        date("2026-01-31"),
        bangladesh
            .replace(
                "\"Kandirpar, Cumilla\",valid,2022-05-01,2026-04-30",
                "\"Kandirpar, Cumilla\",cancelled,2022-05-01,2026-04-30")
            .getBytes(UTF_8));

    String afghanistan =
        HEADER
            + "AF-ORA-0112,Hindu Kush Employment Services,\"Shahr-e Naw, Kabul\",valid,"
            + "2024-09-01,2026-08-31\n"
            + "AF-ORA-0158,Ariana Overseas Workforce,\"Karte Se, Kabul\",valid,2023-04-01,"
            + "2027-03-31\n"
            + "AF-ORA-0203,Amu Darya Job Placement,\"Mazar-e Sharif\",suspended,2024-01-01,"
            + "2026-12-31\n";
    imports.importTrusted(
        "AF",
        "Ministry of Labour and Social Affairs (demo)",
        date("2025-05-20"),
        afghanistan.getBytes(UTF_8));
    imports.importTrusted(
        "AF",
        "Ministry of Labour and Social Affairs (demo)",
        date("2026-02-15"),
        afghanistan
            .replace(
                "\"Karte Se, Kabul\",valid,2023-04-01,2027-03-31",
                "\"Karte Se, Kabul\",cancelled,2023-04-01,2027-03-31")
            .getBytes(UTF_8));

    imports.importTrusted(
        "TJ",
        "Migration Service (demo)",
        date("2026-01-10"),
        (HEADER
                + "TJ-045,Pamir Labour Mobility,\"Rudaki Avenue, Dushanbe\",valid,2025-02-01,"
                + "2028-01-31\n"
                + "TJ-061,Varzob Work Abroad,\"Khujand\",cancelled,2023-03-01,2026-02-28\n"
                + "TJ-072,Hisor Employment Partners,\"Hisor\",valid,2024-06-01,2027-05-31\n")
            .getBytes(UTF_8));

    imports.importTrusted(
        "PK",
        "Bureau of Emigration and Overseas Employment (demo)",
        date("2026-02-01"),
        (HEADER
                + "OEP-3310/LHR,Ravi Overseas Employment Promoters,\"Gulberg, Lahore\",valid,"
                + "2024-10-01,2027-09-30\n"
                + "OEP-2875/ISB,Margalla Manpower,\"Blue Area, Islamabad\",suspended,2023-08-01,"
                + "2026-07-31\n"
                + "OEP-1990/LHR,Indus Gulf Recruiters,\"Mall Road, Lahore\",banned,,\n")
            .getBytes(UTF_8));
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
