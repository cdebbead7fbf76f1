package org.safar.counselling.web;

import java.time.LocalDate;
import java.util.List;
import org.safar.counselling.FollowUps;
import org.safar.counselling.Inquiries;
import org.safar.counselling.IntentionShifts;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnits;
import org.safar.shell.DateDisplay;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An MRC's desk: the inbox at a glance, what is mine today, and the centre's outcome figure. */
@Controller
@PreAuthorize(DeskRoles.DESK)
class DeskController {

  private final Mrcs mrcs;
  private final OrgUnits orgUnits;
  private final Inquiries inquiries;
  private final FollowUps followUps;
  private final IntentionShifts shifts;
  private final DateDisplay dates;

  DeskController(
      Mrcs mrcs,
      OrgUnits orgUnits,
      Inquiries inquiries,
      FollowUps followUps,
      IntentionShifts shifts,
      DateDisplay dates) {
    this.dates = dates;
    this.mrcs = mrcs;
    this.orgUnits = orgUnits;
    this.inquiries = inquiries;
    this.followUps = followUps;
    this.shifts = shifts;
  }

  @GetMapping("/counselling")
  String start(Model model) {
    List<OrgUnit> mine = mrcs.inScope();
    if (mine.size() == 1) {
      return "redirect:/counselling/mrcs/" + mine.get(0).id();
    }
    model.addAttribute("mrcs", mine);
    return "counselling/mrcs";
  }

  @GetMapping("/counselling/mrcs/{mrcId}")
  String desk(
      @PathVariable long mrcId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Model model) {
    OrgUnit mrc = orgUnits.getInScope(mrcId);
    model.addAttribute("mrc", mrc);
    model.addAttribute("openCount", inquiries.openCount(mrcId));
    model.addAttribute(
        "medianResponse", inquiries.medianFirstResponse(mrcId).map(dates::duration).orElse(null));
    var mine = inquiries.mine(0, 10);
    model.addAttribute("myInquiries", mine);
    model.addAttribute("followUps", followUps.dueForMe());
    model.addAttribute("shift", shifts.atMrc(mrcId, from, to));
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("today", LocalDate.now());
    return "counselling/desk";
  }
}
