package org.safar.dialogue;

import java.util.Set;
import java.util.function.ToLongFunction;
import org.safar.portfolio.ProjectRecords;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dialogue menu item, and what the project page shows of dialogue. */
@Configuration(proxyBeanMethods = false)
class DialogueNavigation {

  @Bean
  NavigationEntry dialogueEntry() {
    return new NavigationEntry("nav.dialogue", "/dialogue/meetings", 42, DialogueRoles.READERS);
  }

  @Bean
  ProjectRecords dialogueMeetingRecords(Meetings meetings) {
    return new Records(
        "dialogue.meetings.title", "/dialogue/meetings?project=", meetings::countUnder);
  }

  @Bean
  ProjectRecords knowledgeProductRecords(KnowledgeProducts products) {
    return new Records(
        "dialogue.products.title", "/dialogue/products?project=", products::countUnder);
  }

  record Records(String headingKey, String path, ToLongFunction<Set<Long>> counter)
      implements ProjectRecords {

    @Override
    public Set<String> readers() {
      return DialogueRoles.READERS;
    }

    @Override
    public long count(Set<Long> projectIds) {
      return counter.applyAsLong(projectIds);
    }

    @Override
    public String listPath(long projectId) {
      return path + projectId;
    }
  }
}
