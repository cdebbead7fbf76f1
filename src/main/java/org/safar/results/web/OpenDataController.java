package org.safar.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.results.Dimension;
import org.safar.results.OpenDataExports;
import org.safar.shell.SpreadsheetSafe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's results as open data: IATI 2.03 activity XML, HXL-tagged CSV of every indicator value
 * per quarter and part, and DHIS2 dataValueSets JSON for the indicators mapped to a data element.
 * Readers of the dashboard may export; each export is audited.
 */
@Controller
@PreAuthorize(ResultsRoles.READ)
class OpenDataController {

  private final OpenDataExports exports;
  private final IatiXml.Publisher publisher;

  OpenDataController(
      OpenDataExports exports,
      @Value("${safar.iati.reporting-org.ref:XM-SAFAR}") String ref,
      @Value("${safar.iati.reporting-org.type:40}") String type,
      @Value("${safar.iati.reporting-org.name:Safar migrant resource centres}") String name) {
    this.exports = exports;
    this.publisher = new IatiXml.Publisher(ref, type, name);
  }

  @GetMapping("/results/projects/{id}/iati.xml")
  void iati(@PathVariable long id, HttpServletResponse response)
      throws IOException, XMLStreamException {
    OpenDataExports.ProjectData d = exports.project(id, Dimension.YEAR, null, false, "IATI");
    response.setContentType("application/xml;charset=UTF-8");
    attachment(response, d, "iati.xml");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    IatiXml.write(d, publisher, out);
    out.flush();
  }

  /** The HXL hashtag of a dimension's column (the MRC has a code and a name column). */
  static String hashtag(Dimension d) {
    return switch (d) {
      case SEX -> "#meta+sex";
      case AGE_BAND -> "#meta+age";
      case COUNTRY -> "#country+code";
      case MRC -> "#org+code";
      default -> "#meta+" + d.column();
    };
  }

  @GetMapping("/results/projects/{id}/values.csv")
  void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
    OpenDataExports.ProjectData d = exports.project(id, Dimension.QUARTER, null, false, "HXL");
    Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
    d.series().forEach(s -> s.values().forEach(v -> dims.addAll(v.key().keySet())));
    List<String> header =
        new ArrayList<>(
            List.of("project", "result", "indicator_code", "indicator", "unit", "start", "end"));
    List<String> tags =
        new ArrayList<>(
            List.of(
                "#activity+code",
                "#meta+result",
                "#indicator+code",
                "#indicator+name",
                "#meta+unit",
                "#date+start",
                "#date+end"));
    for (Dimension dim : dims) {
      header.add(dim.column());
      tags.add(hashtag(dim));
      if (dim == Dimension.MRC) {
        header.add("mrc_name");
        tags.add("#org+name");
      }
    }
    header.add("value");
    tags.add("#indicator+num");
    response.setContentType("text/csv;charset=UTF-8");
    attachment(response, d, "values.csv");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(header);
      csv.printRecord(tags);
      for (OpenDataExports.Series s : d.series()) {
        for (OpenDataExports.Value v : s.values()) {
          List<Object> row = new ArrayList<>();
          row.add(d.project().code());
          row.add(s.result().code() + " " + s.result().title());
          row.add(s.indicator().code());
          row.add(s.indicator().title());
          row.add(s.indicator().unit().name().toLowerCase(java.util.Locale.ROOT));
          row.add(v.start().toString());
          row.add(v.end().toString());
          for (Dimension dim : dims) {
            String code = v.key().get(dim);
            row.add(code == null ? "" : code);
            if (dim == Dimension.MRC) {
              row.add(code == null ? "" : d.unitNames().getOrDefault(code, code));
            }
          }
          row.add(v.value() == null ? "" : v.value().toPlainString());
          csv.printRecord(row.stream().map(SpreadsheetSafe::cell).toList());
        }
      }
    }
  }

  /**
   * DHIS2 dataValueSets: the mapped data element and org unit as UIDs ({@code
   * dataElementIdScheme=UID}, {@code orgUnitIdScheme=UID}); the org unit is the mapping's, or else
   * each MRC's DHIS2 org unit (the framework's first unit's when the source has no MRC), as set on
   * the mapping page; quarterly periods ({@code 2026Q1}); by sex when the indicator is broken down
   * by sex, the category option combo being the sex code ({@code FEMALE}, {@code MALE}, ..., {@code
   * categoryOptionComboIdScheme=CODE}), otherwise the total with the {@code default} combo.
   * Indicators without a valid mapping, and values of an org unit without a DHIS2 UID, are left
   * out: the mapping page lists both.
   */
  @GetMapping(value = "/results/projects/{id}/dhis2.json")
  void dhis2(@PathVariable long id, HttpServletResponse response) throws IOException {
    OpenDataExports.ProjectData d =
        exports.project(id, Dimension.QUARTER, Set.of(Dimension.SEX), true, "DHIS2");
    List<Map<String, String>> values = new ArrayList<>();
    for (OpenDataExports.Series s : d.series()) {
      if (s.dhis2() == null || !s.dhis2().valid()) {
        continue;
      }
      boolean perMrc = s.dhis2().orgUnitRef() == null && s.by().contains(Dimension.MRC);
      boolean bySex = s.by().contains(Dimension.SEX);
      Set<Dimension> wanted = EnumSet.noneOf(Dimension.class);
      if (perMrc) {
        wanted.add(Dimension.MRC);
      }
      if (bySex) {
        wanted.add(Dimension.SEX);
      }
      for (OpenDataExports.Value v : s.values()) {
        if (v.value() == null || !v.key().keySet().equals(wanted)) {
          continue;
        }
        String orgUnit =
            s.dhis2().orgUnitRef() != null
                ? s.dhis2().orgUnitRef()
                : d.dhis2OrgUnits()
                    .get(perMrc ? v.key().get(Dimension.MRC) : d.frameworkUnitCodes().get(0));
        if (orgUnit == null) {
          continue;
        }
        Map<String, String> dv = new LinkedHashMap<>();
        dv.put("dataElement", s.dhis2().dataElement());
        dv.put("period", v.start().getYear() + "Q" + ((v.start().getMonthValue() - 1) / 3 + 1));
        dv.put("orgUnit", orgUnit);
        dv.put("categoryOptionCombo", bySex ? v.key().get(Dimension.SEX) : "default");
        dv.put("value", v.value().toPlainString());
        values.add(dv);
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dataElementIdScheme", "UID");
    body.put("orgUnitIdScheme", "UID");
    body.put("categoryOptionComboIdScheme", "CODE");
    body.put("dataValues", values);
    response.setContentType("application/json;charset=UTF-8");
    attachment(response, d, "dhis2.json");
    JsonMapper.builder().build().writeValue(response.getOutputStream(), body);
  }

  private static void attachment(
      HttpServletResponse response, OpenDataExports.ProjectData d, String name) {
    String file = d.project().code().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + name;
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
  }
}
