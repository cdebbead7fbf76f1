package org.safar.counselling.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.counselling.AgeBand;
import org.safar.counselling.GroupSession;
import org.safar.counselling.GroupSessionDraft;
import org.safar.counselling.GroupSessionKind;
import org.safar.counselling.GroupSessions;
import org.safar.counselling.InvalidCounsellingInputException;
import org.safar.counselling.Sex;
import org.safar.counselling.Topic;
import org.safar.shell.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Group information and pre-departure sessions: list, record, attendance. */
@Controller
@PreAuthorize(DeskRoles.DESK)
class GroupSessionController {

  private final GroupSessions groups;
  private final Mrcs mrcs;
  private final AuditLog audit;

  GroupSessionController(GroupSessions groups, Mrcs mrcs, AuditLog audit) {
    this.audit = audit;
    this.groups = groups;
    this.mrcs = mrcs;
  }

  @GetMapping("/counselling/groups")
  String list(
      @RequestParam(required = false) Long mrc,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("result", groups.search(mrc, Math.max(0, page), 25));
    model.addAttribute("mrc", mrc);
    model.addAttribute("mrcs", mrcs.inScope());
    return "counselling/groups";
  }

  @GetMapping("/counselling/groups/new")
  String newGroup(@RequestParam(required = false) Long mrc, Model model) {
    Map<String, String> values = new HashMap<>();
    values.put("mrcId", mrc == null ? "" : mrc.toString());
    values.put("heldOn", LocalDate.now().toString());
    return form(values, EnumSet.noneOf(Topic.class), null, model);
  }

  @PostMapping("/counselling/groups/new")
  String record(
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> values = params.toSingleValueMap();
    Set<Topic> topics = topicsOf(params);
    try {
      long id = groups.record(draftOf(values, topics));
      redirect.addFlashAttribute("saved", "group.saved.created");
      return "redirect:/counselling/groups/" + id;
    } catch (InvalidInputException e) {
      return form(values, topics, e, model);
    }
  }

  @GetMapping("/counselling/groups/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    GroupSession g = groups.get(id);
    Map<String, String> values = new HashMap<>();
    values.put("mrcId", Long.toString(g.mrcId()));
    values.put("kind", g.kind().name());
    values.put("heldOn", g.heldOn().toString());
    values.put("place", g.place());
    values.put("notes", g.notes() == null ? "" : g.notes());
    values.put("version", Integer.toString(g.version()));
    for (Sex sex : Sex.values()) {
      for (AgeBand band : AgeBand.values()) {
        int n = g.count(sex, band);
        if (n > 0) {
          values.put("count_" + sex.name() + "_" + band.name(), Integer.toString(n));
        }
      }
    }
    return editForm(g, values, g.topics(), null, model);
  }

  @PostMapping("/counselling/groups/{id}/edit")
  String change(
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    GroupSession g = groups.get(id);
    Map<String, String> values = new HashMap<>(params.toSingleValueMap());
    values.put("mrcId", Long.toString(g.mrcId()));
    Set<Topic> topics = topicsOf(params);
    try {
      int version = Integer.parseInt(values.getOrDefault("version", "-1").trim());
      groups.change(id, version, draftOf(values, topics));
      redirect.addFlashAttribute("saved", "group.saved.updated");
      return "redirect:/counselling/groups/" + id;
    } catch (InvalidInputException e) {
      return editForm(g, values, topics, e, model);
    } catch (NumberFormatException | OptimisticLockingFailureException e) {
      GroupSession current = groups.get(id);
      values.put("version", Integer.toString(current.version()));
      model.addAttribute("current", current);
      return editForm(current, values, topics, null, model);
    }
  }

  private String editForm(
      GroupSession g,
      Map<String, String> values,
      Set<Topic> topics,
      InvalidInputException error,
      Model model) {
    model.addAttribute("groupId", g.id());
    model.addAttribute("history", audit.history("group_session", g.id()));
    return form(values, topics, error, model);
  }

  private static Set<Topic> topicsOf(MultiValueMap<String, String> params) {
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    for (String t : params.getOrDefault("topics", List.of())) {
      try {
        topics.add(Topic.valueOf(t));
      } catch (IllegalArgumentException unknown) {
        // a tampered or outdated topic is left out; at least one known topic is still required
      }
    }
    return topics;
  }

  /** The form's fields as a draft; a mistyped number or date is explained beside its field. */
  private static GroupSessionDraft draftOf(Map<String, String> values, Set<Topic> topics) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sex sex : Sex.values()) {
      for (AgeBand band : AgeBand.values()) {
        String v = values.get("count_" + sex.name() + "_" + band.name());
        if (v != null && !v.isBlank()) {
          counts.put(sex.name() + "/" + band.name(), parseCount(v));
        }
      }
    }
    GroupSessionKind kind;
    try {
      String k = values.get("kind");
      kind = k == null || k.isBlank() ? null : GroupSessionKind.valueOf(k);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "group.error.kind");
    }
    return new GroupSessionDraft(
        parseLong(values.get("mrcId"), "mrcId"),
        kind,
        parseDate(values.get("heldOn")),
        values.get("place"),
        topics,
        values.get("notes"),
        counts);
  }

  @GetMapping("/counselling/groups/{id}")
  String show(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
    GroupSession group = groups.get(id);
    model.addAttribute("group", group);
    model.addAttribute("mrcName", mrcs.name(group.mrcId()));
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ageBands", AgeBand.values());
    model.addAttribute("q", q);
    model.addAttribute("candidates", groups.candidates(group, q));
    return "counselling/group";
  }

  @PostMapping("/counselling/groups/{id}/attendees")
  String add(@PathVariable long id, @RequestParam long clientId, RedirectAttributes redirect) {
    try {
      groups.addAttendee(id, clientId);
      redirect.addFlashAttribute("saved", "group.saved.attendee");
    } catch (InvalidCounsellingInputException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/counselling/groups/" + id;
  }

  @PostMapping("/counselling/groups/{id}/attendees/{clientId}/remove")
  String remove(@PathVariable long id, @PathVariable long clientId) {
    groups.removeAttendee(id, clientId);
    return "redirect:/counselling/groups/" + id;
  }

  private String form(
      Map<String, String> values, Set<Topic> topics, InvalidInputException error, Model model) {
    model.addAttribute("values", values);
    model.addAttribute("chosenTopics", topics);
    model.addAttribute("error", error);
    model.addAttribute("mrcs", mrcs.inScope());
    model.addAttribute("kinds", GroupSessionKind.values());
    model.addAttribute("topics", Topic.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ageBands", AgeBand.values());
    return "counselling/group-form";
  }

  private static int parseCount(String v) {
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("counts", "group.error.count");
    }
  }

  private static long parseLong(String v, String field) {
    try {
      return Long.parseLong(v == null ? "" : v.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "counselling.error.mrc");
    }
  }

  private static LocalDate parseDate(String v) {
    try {
      return v == null || v.isBlank() ? null : LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("heldOn", "session.error.heldOn");
    }
  }
}
