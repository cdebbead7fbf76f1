package org.safar.dialogue.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.safar.dialogue.DialogueRoles;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.Programme;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What dialogue forms and filters offer, and the shared confirmation page's model. */
@Component
class Pickers {

  private final OrgUnits orgUnits;
  private final Portfolio portfolio;

  Pickers(OrgUnits orgUnits, Portfolio portfolio) {
    this.orgUnits = orgUnits;
    this.portfolio = portfolio;
  }

  List<OrgUnit> units() {
    return orgUnits.tree(orgUnits.currentScope()).stream()
        .map(OrgUnitRow::unit)
        .filter(OrgUnit::active)
        .toList();
  }

  List<Programme> projects() {
    return portfolio.workableIn(orgUnits.currentScope());
  }

  static boolean mayEdit(HttpServletRequest request) {
    return DialogueRoles.EDITORS.stream().anyMatch(request::isUserInRole);
  }

  static String confirm(
      Model model, String what, String action, String back, int version, String problem) {
    model.addAttribute("what", what);
    model.addAttribute("action", action);
    model.addAttribute("back", back);
    model.addAttribute("version", version);
    model.addAttribute("problem", problem);
    return "dialogue/delete";
  }

  static LocalDate today() {
    return LocalDate.now();
  }
}
