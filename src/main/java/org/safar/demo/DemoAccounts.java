package org.safar.demo;

import java.util.List;
import java.util.Set;
import org.safar.identity.AccountDraft;
import org.safar.identity.Accounts;
import org.safar.identity.Role;
import org.safar.orgunits.OrgUnits;

/** One demo account per role, scoped the way such a person would be. */
final class DemoAccounts {

  private DemoAccounts() {}

  /** The password of every demo account; demo mode only, printed at start-up. */
  static final String PASSWORD = "safar-demo-2026";

  record DemoAccount(String username, String name, Role role, String orgUnitCode) {}

  static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("admin", "Amina Rahimi", Role.ADMINISTRATOR, "NETWORK"),
          new DemoAccount("manager", "Jonas Weber", Role.PROGRAMME_MANAGER, "NETWORK"),
          new DemoAccount("mande", "Lena Hofer", Role.ME_OFFICER, "NETWORK"),
          new DemoAccount("coordinator.dhaka", "Farhana Akter", Role.MRC_COORDINATOR, "MRC-DHAKA"),
          new DemoAccount("counsellor.dhaka", "Rafiq Hossain", Role.COUNSELLOR, "MRC-DHAKA"),
          new DemoAccount("counsellor.kabul", "Mariam Ahmadi", Role.COUNSELLOR, "MRC-KABUL"),
          new DemoAccount("outreach.lahore", "Bilal Qureshi", Role.OUTREACH_OFFICER, "MRC-LAHORE"),
          new DemoAccount(
              "caseworker.dushanbe", "Nilufar Saidova", Role.PROTECTION_CASEWORKER, "MRC-DUSHANBE"),
          new DemoAccount(
              "supervisor.dushanbe", "Zarina Rahimova", Role.PROTECTION_SUPERVISOR, "MRC-DUSHANBE"),
          new DemoAccount(
              "caseworker.dhaka", "Tahmina Begum", Role.PROTECTION_CASEWORKER, "MRC-DHAKA"),
          new DemoAccount(
              "supervisor.dhaka", "Shirin Chowdhury", Role.PROTECTION_SUPERVISOR, "BD-MOEWOE"),
          new DemoAccount(
              "provider.dhaka", "Nusrat Jahan", Role.SERVICE_PROVIDER, DemoProviders.SHELTER_UNIT),
          new DemoAccount("dpo", "Sara Lindqvist", Role.DATA_PROTECTION_OFFICER, "NETWORK"),
          new DemoAccount("editor", "Nodira Karimova", Role.CONTENT_EDITOR, "NETWORK"),
          new DemoAccount("viewer", "Donor Viewer", Role.VIEWER, "NETWORK"));

  static void load(Accounts accounts, OrgUnits orgUnits) {
    for (DemoAccount a : ACCOUNTS) {
      long unit = orgUnits.findByCode(a.orgUnitCode()).orElseThrow().id();
      accounts.createInitial(
          new AccountDraft(a.username(), a.name(), null, Set.of(a.role()), Set.of(unit)), PASSWORD);
    }
  }
}
