package org.safar.results.web;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the person may define frameworks and indicators, for the results pages' buttons. */
@ControllerAdvice(
    assignableTypes = {
      ResultsController.class,
      IndicatorController.class,
      ProgrammeResultsController.class,
      Dhis2MappingController.class
    })
class ResultsModel {

  @ModelAttribute("canEdit")
  boolean canEdit() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(
                a ->
                    a.equals("ROLE_ME_OFFICER")
                        || a.equals("ROLE_PROGRAMME_MANAGER")
                        || a.equals("ROLE_ADMINISTRATOR"));
  }
}
