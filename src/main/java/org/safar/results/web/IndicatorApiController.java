package org.safar.results.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safar.results.Cell;
import org.safar.results.Dimension;
import org.safar.results.Filters;
import org.safar.results.Indicator;
import org.safar.results.IndicatorQuery;
import org.safar.results.IndicatorValues;
import org.safar.results.Indicators;
import org.safar.results.InvalidIndicatorException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Indicator values as JSON, for signed-in staff (the session a browser has). */
@RestController
@Tag(name = "Indicators", description = "Indicator values computed live from the records")
class IndicatorApiController {

  private final Indicators indicators;
  private final MessageSource messages;

  IndicatorApiController(Indicators indicators, MessageSource messages) {
    this.indicators = indicators;
    this.messages = messages;
  }

  @Operation(
      summary = "An indicator's values, broken down and filtered",
      description =
          "Cells for all the dimensions in 'by' together, for each alone, and the total, from one"
              + " statement over the records (a record saved is counted by the next call). Any"
              + " dimension (sex, ageBand, migrantStatus, channel, topic, country, mrc, kind,"
              + " service, status, outcome, stage, intention) may be given as a parameter with"
              + " comma-separated codes to filter on it. Distinct counts are per cell: their"
              + " totals are not the sums of their parts. A share of nothing has value null.")
  @GetMapping("/api/v1/indicators/{id}/values")
  Map<String, Object> values(
      @PathVariable long id,
      @Parameter(description = "first day, ISO 8601 (default: the framework's first)")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "last day, included (default: the framework's last)")
          @RequestParam(required = false)
          String to,
      @Parameter(description = "dimensions to break down by, e.g. sex,quarter")
          @RequestParam(required = false)
          String by,
      @Parameter(hidden = true) @RequestParam Map<String, String> all) {
    return json(indicators.values(id, query(from, to, by, all)));
  }

  @Operation(
      summary = "Every indicator of a framework (a project's full report)",
      description =
          "The same as the values of each indicator, with the same parameters; indicators over"
              + " the same kind of record are computed in one statement.")
  @GetMapping("/api/v1/frameworks/{id}/values")
  List<Map<String, Object>> report(
      @PathVariable long id,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String by,
      @Parameter(hidden = true) @RequestParam Map<String, String> all) {
    return indicators.report(id, query(from, to, by, all)).stream()
        .map(IndicatorApiController::json)
        .toList();
  }

  static IndicatorQuery query(String from, String to, String by, Map<String, String> all) {
    List<Dimension> dimensions = new ArrayList<>();
    if (by != null && !by.isBlank()) {
      for (String name : by.split(",")) {
        Dimension d = Dimension.fromParameter(name.trim());
        if (d == null) {
          throw new InvalidIndicatorException("by", "results.error.dimensionUnknown", name.trim());
        }
        dimensions.add(d);
      }
    }
    Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
    List<String> entries = new ArrayList<>();
    all.forEach(
        (name, value) -> {
          Dimension d = Dimension.fromParameter(name);
          if (d != null && !d.isPeriod() && !value.isBlank()) {
            for (String code : value.split(",")) {
              entries.add(d.name() + ":" + code.trim().toUpperCase(Locale.ROOT));
            }
          }
        });
    Filters parsed = Filters.parse(entries, "filters");
    filters.putAll(parsed.codes());
    return new IndicatorQuery(day(from, "from"), day(to, "to"), dimensions, new Filters(filters));
  }

  private static LocalDate day(String text, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidIndicatorException(name, "results.error.date", text);
    }
  }

  static Map<String, Object> json(IndicatorValues values) {
    Indicator i = values.indicator();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("indicator", i.id());
    out.put("code", i.code());
    out.put("title", i.title());
    out.put("measure", i.measure());
    out.put("unit", i.unit());
    out.put("ascending", i.ascending());
    out.put("additive", i.additive());
    out.put("from", values.from());
    out.put("to", values.to());
    out.put("by", values.by().stream().map(Dimension::parameter).toList());
    List<Map<String, Object>> cells = new ArrayList<>();
    for (Cell c : values.cells()) {
      Map<String, Object> cell = new LinkedHashMap<>();
      c.key().forEach((d, v) -> cell.put(d.parameter(), v));
      cell.put("value", c.value());
      if (i.isShare()) {
        cell.put("numerator", c.numerator());
        cell.put("denominator", c.denominator());
      }
      if (c.beforeDenominator() != null) {
        cell.put("beforeNumerator", c.beforeNumerator());
        cell.put("beforeDenominator", c.beforeDenominator());
      }
      cells.add(cell);
    }
    out.put("cells", cells);
    return out;
  }

  @ExceptionHandler(InvalidIndicatorException.class)
  ProblemDetail invalid(InvalidIndicatorException e, Locale locale) {
    ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    p.setType(URI.create("urn:safar:problem:invalid-query"));
    p.setTitle("The query cannot be answered");
    p.setDetail(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
    p.setProperty("parameter", e.field());
    return p;
  }
}
