package org.safar.assistance;

import org.safar.portfolio.Programme;
import org.safar.portfolio.ProjectSection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The project's page lists the technical-assistance actions recorded under it. */
@Component
class AssistanceUnderProject implements ProjectSection {

  private final AssistanceActions actions;

  AssistanceUnderProject(AssistanceActions actions) {
    this.actions = actions;
  }

  @Override
  public String titleKey() {
    return "assistance.actions.title";
  }

  @Override
  public long count(Programme entry) {
    return actions.countUnder(entry.id());
  }

  @Override
  public String path(Programme entry) {
    return "/assistance?project=" + entry.id();
  }

  @Override
  public boolean visible() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(
                a -> a != null && AssistanceRoles.READERS.contains(a.replaceFirst("^ROLE_", "")));
  }
}
