package org.safar.assistance.web;

import org.safar.assistance.AssistanceAction;
import org.safar.assistance.AssistanceActions;
import org.safar.assistance.AssistanceRoles;
import org.safar.assistance.Deliverable;
import org.safar.assistance.DeliverableKind;
import org.safar.assistance.DeliverableStatus;
import org.safar.shell.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deliverables of an action: recorded, and moved on from drafted to validated to adopted. */
@Controller
@PreAuthorize(AssistanceRoles.EDIT)
class DeliverableController {

  private final AssistanceActions actions;

  DeliverableController(AssistanceActions actions) {
    this.actions = actions;
  }

  @GetMapping("/assistance/{actionId}/deliverables/new")
  String newDeliverable(@PathVariable long actionId, Model model) {
    return form(new DeliverableForm(), actions.get(actionId), null, model);
  }

  @PostMapping("/assistance/{actionId}/deliverables/new")
  String add(
      @PathVariable long actionId,
      @ModelAttribute("deliverable") DeliverableForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    AssistanceAction action = actions.get(actionId);
    if (errors.hasErrors()) {
      return form(form, action, null, model);
    }
    try {
      actions.addDeliverable(actionId, form.toDraft());
      redirect.addFlashAttribute("saved", "assistance.saved.deliverable");
      return "redirect:/assistance/" + actionId;
    } catch (InvalidInputException e) {
      Rejections.reject(errors, e);
      return form(form, action, null, model);
    }
  }

  @GetMapping("/assistance/deliverables/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    Deliverable d = actions.deliverable(id);
    return form(DeliverableForm.of(d), actions.get(d.actionId()), id, model);
  }

  @PostMapping("/assistance/deliverables/{id}/edit")
  String change(
      @PathVariable long id,
      @ModelAttribute("deliverable") DeliverableForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Deliverable before = actions.deliverable(id);
    AssistanceAction action = actions.get(before.actionId());
    if (errors.hasErrors()) {
      return form(form, action, id, model);
    }
    try {
      actions.changeDeliverable(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "assistance.saved.deliverable");
      return "redirect:/assistance/" + action.id();
    } catch (InvalidInputException e) {
      Rejections.reject(errors, e);
      return form(form, action, id, model);
    } catch (OptimisticLockingFailureException e) {
      Deliverable current = actions.deliverable(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, action, id, model);
    }
  }

  private String form(DeliverableForm form, AssistanceAction action, Long id, Model model) {
    model.addAttribute("deliverable", form);
    model.addAttribute("parent", action);
    model.addAttribute("deliverableId", id);
    model.addAttribute("kinds", DeliverableKind.values());
    model.addAttribute("statuses", DeliverableStatus.values());
    return "assistance/deliverable-form";
  }
}
