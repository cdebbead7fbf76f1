package org.safar.portfolio.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.safar.portfolio.ScheduledWork;
import org.safar.portfolio.ScheduledWork.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The programme calendar: a month of the dated work every module records (activities, trainings,
 * events, meetings), each source within the reader's scope and only those their roles may read.
 */
@Controller
class CalendarController {

  /** One line of the calendar: the record and the heading of the source it came from. */
  record Line(String sourceKey, Scheduled work) {}

  private final List<ScheduledWork> sources;
  private final Clock clock;

  CalendarController(List<ScheduledWork> sources, Clock clock) {
    this.sources = sources;
    this.clock = clock;
  }

  @GetMapping("/portfolio/calendar")
  String calendar(@RequestParam(required = false) String month, Authentication auth, Model model) {
    LocalDate today = LocalDate.now(clock);
    YearMonth shown = YearMonth.from(today);
    if (month != null && !month.isBlank()) {
      try {
        shown = YearMonth.parse(month.strip());
      } catch (DateTimeParseException e) {
        model.addAttribute("badMonth", true);
      }
    }
    Set<String> roles =
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a != null && a.startsWith("ROLE_"))
            .map(a -> a.substring(5))
            .collect(Collectors.toSet());
    List<Line> lines = new ArrayList<>();
    for (ScheduledWork source : sources) {
      if (source.readers().stream().anyMatch(roles::contains)) {
        source
            .between(shown.atDay(1), shown.atEndOfMonth())
            .forEach(w -> lines.add(new Line(source.headingKey(), w)));
      }
    }
    lines.sort(
        Comparator.comparing((Line l) -> l.work().starts())
            .thenComparing(l -> l.work().ends())
            .thenComparing(l -> l.work().path()));
    model.addAttribute("month", shown);
    model.addAttribute("previous", shown.minusMonths(1));
    model.addAttribute("next", shown.plusMonths(1));
    model.addAttribute("today", today);
    model.addAttribute("lines", lines);
    return "portfolio/calendar";
  }
}
