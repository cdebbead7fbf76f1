package org.safar.assistance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.safar.assistance.AssistanceInputException;
import org.safar.assistance.AssistanceRoles;
import org.safar.shell.InvalidInputException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Small things every controller of the module needs. */
final class Rejections {

  private Rejections() {}

  /** Shows a refused input beside its field, or above the form when the form has no such field. */
  static void reject(BindingResult errors, InvalidInputException e) {
    Object[] args = e instanceof AssistanceInputException a ? a.arguments() : null;
    if (errors.getTarget() != null
        && new BeanWrapperImpl(errors.getTarget()).isReadableProperty(e.field())) {
      errors.rejectValue(e.field(), e.messageKey(), args, null);
    } else {
      errors.reject(e.messageKey(), args, null);
    }
  }

  static boolean mayEdit(jakarta.servlet.http.HttpServletRequest request) {
    return AssistanceRoles.EDITORS.stream().anyMatch(request::isUserInRole);
  }

  /** Starts a CSV download: UTF-8 with a byte-order mark, so spreadsheets read every script. */
  static Writer csv(HttpServletResponse response, String name) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + name + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
    Writer out = response.getWriter();
    out.write('\uFEFF');
    return out;
  }
}
