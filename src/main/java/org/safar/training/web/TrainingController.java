package org.safar.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
import org.safar.shell.InvalidInputException;
import org.safar.shell.SpreadsheetSafe;
import org.safar.training.Participation;
import org.safar.training.Training;
import org.safar.training.TrainingFilter;
import org.safar.training.TrainingKind;
import org.safar.training.Trainings;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training list, its CSV export, a training's page and its form. */
@Controller
@PreAuthorize(TrainingRoles.READ)
class TrainingController {

  private final Trainings trainings;
  private final OrgUnits orgUnits;
  private final AuditLog audit;

  TrainingController(Trainings trainings, OrgUnits orgUnits, AuditLog audit) {
    this.trainings = trainings;
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  @GetMapping("/trainings")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String project,
      @RequestParam(required = false) String series,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    TrainingFilter filter = filter(q, kind, unit, project, series, from, to);
    model.addAttribute("result", trainings.search(filter, Math.max(0, page), 25));
    model.addAttribute("filter", filter);
    model.addAttribute("kinds", TrainingKind.values());
    model.addAttribute("units", orgUnits.tree(orgUnits.currentScope()));
    model.addAttribute("projects", trainings.projects());
    model.addAttribute("seriesList", trainings.series());
    return "training/trainings";
  }

  /** The list as CSV with the filters on screen (UTF-8 with a byte-order mark). */
  @GetMapping("/trainings/export.csv")
  void export(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String project,
      @RequestParam(required = false) String series,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      HttpServletResponse response)
      throws IOException {
    TrainingFilter filter = filter(q, kind, unit, project, series, from, to);
    Writer out = csv(response, "trainings");
    long[] rows = {0};
    boolean complete = false;
    try {
      CSVPrinter csv =
          CSVFormat.RFC4180
              .builder()
              .setHeader(
                  "id",
                  "title",
                  "kind",
                  "starts_on",
                  "ends_on",
                  "org_unit",
                  "project",
                  "series",
                  "place",
                  "participants",
                  "female",
                  "male",
                  "average_gain")
              .get()
              .print(out);
      trainings.export(
          filter,
          r -> {
            try {
              csv.printRecord(
                  r.id(),
                  SpreadsheetSafe.cell(r.title()),
                  r.kind().name(),
                  r.startsOn(),
                  r.endsOn(),
                  SpreadsheetSafe.cell(r.orgUnitName()),
                  SpreadsheetSafe.cell(r.programmeCode()),
                  SpreadsheetSafe.cell(r.seriesName()),
                  SpreadsheetSafe.cell(r.place()),
                  r.participants(),
                  r.female(),
                  r.male(),
                  r.averageGain());
              rows[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      csv.flush();
      complete = true;
    } finally {
      audit.recordAlone(
          AuditLog.currentActor(),
          "EXPORTED",
          "training",
          null,
          rows[0] + " rows; " + filter + (complete ? "" : "; broken off"));
    }
  }

  static Writer csv(HttpServletResponse response, String name) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + name + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
    Writer out = response.getWriter();
    out.write('\uFEFF');
    return out;
  }

  @GetMapping("/trainings/new")
  @PreAuthorize(TrainingRoles.EDIT)
  String newTraining(
      @RequestParam(required = false) Long series,
      @RequestParam(required = false) Long project,
      Model model) {
    TrainingForm form = new TrainingForm();
    form.setStartsOn(LocalDate.now().toString());
    form.setSeriesId(series == null ? "" : series.toString());
    form.setProgrammeId(project == null ? "" : project.toString());
    return form(form, null, null, model);
  }

  @PostMapping("/trainings/new")
  @PreAuthorize(TrainingRoles.EDIT)
  String create(
      @ModelAttribute("form") TrainingForm form, Model model, RedirectAttributes redirect) {
    try {
      long id = trainings.record(form.toDraft());
      redirect.addFlashAttribute("saved", "training.saved.created");
      return "redirect:/trainings/" + id;
    } catch (InvalidInputException e) {
      return form(form, null, e, model);
    }
  }

  @GetMapping("/trainings/{id}")
  String show(
      @PathVariable long id,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String trainer,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Trainings.TrainingView view = trainings.view(id);
    model.addAttribute("view", view);
    model.addAttribute("t", view.training());
    model.addAttribute("q", q);
    if (view.maySeePersons() && view.training().keepsPersons()) {
      model.addAttribute("participants", trainings.participants(id, q, Math.max(0, page), 50));
    }
    if (view.mayEdit()) {
      model.addAttribute("trainerQuery", trainer);
      model.addAttribute("candidates", trainings.trainerCandidates(id, trainer));
    }
    return "training/training";
  }

  @GetMapping("/trainings/{id}/edit")
  @PreAuthorize(TrainingRoles.EDIT)
  String edit(@PathVariable long id, Model model) {
    Training t = trainings.get(id);
    return form(TrainingForm.of(t), t, null, model);
  }

  @PostMapping("/trainings/{id}/edit")
  @PreAuthorize(TrainingRoles.EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("form") TrainingForm form,
      Model model,
      RedirectAttributes redirect) {
    Training t = trainings.get(id);
    try {
      trainings.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "training.saved.updated");
      return "redirect:/trainings/" + id;
    } catch (InvalidInputException e) {
      return form(form, t, e, model);
    } catch (OptimisticLockingFailureException e) {
      Training current = trainings.get(id);
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, current, null, model);
    }
  }

  private String form(TrainingForm form, Training t, InvalidInputException error, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("training", t);
    model.addAttribute("error", error);
    model.addAttribute(
        "units", orgUnits.tree(orgUnits.currentScope()).stream().map(OrgUnitRow::unit).toList());
    model.addAttribute("projects", trainings.projects());
    model.addAttribute("seriesList", trainings.series());
    model.addAttribute("modules", trainings.modules());
    model.addAttribute("kinds", TrainingKind.values());
    model.addAttribute("participations", Participation.values());
    if (t != null) {
      model.addAttribute("history", audit.history("training", t.id()));
    }
    return "training/training-form";
  }

  private static TrainingFilter filter(
      String q, String kind, String unit, String project, String series, String from, String to) {
    return new TrainingFilter(
        q,
        lenient(() -> TrainingKind.valueOf(kind)),
        lenient(() -> Long.valueOf(unit)),
        lenient(() -> Long.valueOf(project)),
        lenient(() -> Long.valueOf(series)),
        lenient(() -> LocalDate.parse(from)),
        lenient(() -> LocalDate.parse(to)));
  }

  /** A filter that cannot be read is left out, as if it were not set. */
  private static <T> T lenient(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
