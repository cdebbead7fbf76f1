package org.safar.assistance;

import java.util.Set;
import org.safar.portfolio.ProjectRecords;
import org.springframework.stereotype.Component;

/** The project's page lists the technical-assistance actions recorded under it. */
@Component
class AssistanceUnderProject implements ProjectRecords {

  private final AssistanceActions actions;

  AssistanceUnderProject(AssistanceActions actions) {
    this.actions = actions;
  }

  @Override
  public String headingKey() {
    return "assistance.actions.title";
  }

  @Override
  public Set<String> readers() {
    return AssistanceRoles.READERS;
  }

  @Override
  public long count(Set<Long> projectIds) {
    return actions.countUnder(projectIds);
  }

  @Override
  public String listPath(long projectId) {
    return "/assistance?project=" + projectId;
  }
}
