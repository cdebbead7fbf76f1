package org.safar.results.web;

import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.safar.portfolio.Programme;
import org.safar.results.Dimension;
import org.safar.results.Indicator;
import org.safar.results.OpenDataExports;
import org.safar.results.PeriodValue;
import org.safar.results.ResultNode;
import org.safar.results.ResultsFramework;
import org.safar.results.Unit;

/**
 * A project as an IATI 2.03 activity, written with StAX in the element order of the schema: results
 * that carry indicators (1 output, 2 outcome, 3 impact), baselines, yearly periods with the targets
 * inside them and actuals, the total and one per part of each breakdown.
 */
final class IatiXml {

  private IatiXml() {}

  /** The organisation that publishes: an IATI organisation identifier, its type and name. */
  record Publisher(String ref, String type, String name) {}

  static void write(OpenDataExports.ProjectData d, Publisher publisher, Writer out)
      throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
    Programme p = d.project();
    ResultsFramework f = d.framework();
    String now =
        OffsetDateTime.now(ZoneOffset.UTC)
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("iati-activities");
    x.writeAttribute("version", "2.03");
    x.writeAttribute("generated-datetime", now);
    x.writeStartElement("iati-activity");
    x.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", "en");
    x.writeAttribute("last-updated-datetime", now);
    text(x, "iati-identifier", publisher.ref() + "-" + p.code());
    x.writeStartElement("reporting-org");
    x.writeAttribute("ref", publisher.ref());
    x.writeAttribute("type", publisher.type());
    narrative(x, "narrative", publisher.name());
    x.writeEndElement();
    narrated(x, "title", p.title(), Map.of());
    narrated(
        x,
        "description",
        p.summary() == null || p.summary().isBlank() ? p.title() : p.summary(),
        Map.of("type", "1"));
    List<String[]> orgs = new ArrayList<>();
    p.donors().forEach(o -> orgs.add(new String[] {"1", o}));
    p.implementers().forEach(o -> orgs.add(new String[] {"4", o}));
    if (orgs.isEmpty()) {
      orgs.add(new String[] {"2", publisher.name()});
    }
    for (String[] o : orgs) {
      narrated(x, "participating-org", o[1], Map.of("role", o[0]));
    }
    empty(x, "activity-status", "code", status(p));
    LocalDate start = p.startDate() != null ? p.startDate() : f.startsOn();
    LocalDate end = p.endDate() != null ? p.endDate() : f.endsOn();
    empty(x, "activity-date", "type", "1", "iso-date", start.toString());
    empty(x, "activity-date", "type", "3", "iso-date", end.toString());
    for (String c : p.countryCodes()) {
      empty(x, "recipient-country", "code", c);
    }
    // DAC markers (vocabulary 1): 1 gender equality, 3 participatory development / good
    // governance (human rights); the child marker has no DAC code and is the publisher's own (99)
    empty(x, "policy-marker", "vocabulary", "1", "code", "1", "significance", m(f.genderMarker()));
    empty(
        x,
        "policy-marker",
        "vocabulary",
        "1",
        "code",
        "3",
        "significance",
        m(f.humanRightsMarker()));
    x.writeStartElement("policy-marker");
    x.writeAttribute("vocabulary", "99");
    x.writeAttribute("code", "CHILD");
    x.writeAttribute("significance", m(f.childMarker()));
    narrative(x, "narrative", "Child protection and children's rights");
    x.writeEndElement();
    for (ResultNode r : d.results()) {
      List<OpenDataExports.Series> of =
          d.series().stream().filter(s -> s.result().id().equals(r.id())).toList();
      if (!of.isEmpty()) {
        result(x, r, of);
      }
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    x.flush();
  }

  private static void result(XMLStreamWriter x, ResultNode r, List<OpenDataExports.Series> of)
      throws XMLStreamException {
    x.writeStartElement("result");
    x.writeAttribute(
        "type",
        switch (r.level()) {
          case OUTPUT -> "1";
          case OUTCOME -> "2";
          case IMPACT -> "3";
        });
    narrated(x, "title", r.code() + " " + r.title(), Map.of());
    for (OpenDataExports.Series s : of) {
      Indicator i = s.indicator();
      x.writeStartElement("indicator");
      x.writeAttribute("measure", i.unit() == Unit.PERCENTAGE ? "2" : "1");
      x.writeAttribute("ascending", Boolean.toString(i.ascending()));
      narrated(x, "title", i.code() + " " + i.title(), Map.of());
      if (i.baselineOn() != null && i.baselineValue() != null) {
        x.writeEmptyElement("baseline");
        x.writeAttribute("year", Integer.toString(i.baselineOn().getYear()));
        x.writeAttribute("iso-date", i.baselineOn().toString());
        x.writeAttribute("value", i.baselineValue().toPlainString());
      }
      Map<LocalDate, List<OpenDataExports.Value>> periods = new TreeMap<>();
      s.values().forEach(v -> periods.computeIfAbsent(v.start(), k -> new ArrayList<>()).add(v));
      for (PeriodValue t : s.targets()) {
        LocalDate yearStart = t.startsOn().withDayOfYear(1);
        if (periods.keySet().stream().noneMatch(k -> k.getYear() == t.startsOn().getYear())) {
          LocalDate from = t.startsOn().isAfter(yearStart) ? t.startsOn() : yearStart;
          periods.put(from, new ArrayList<>());
        }
      }
      for (var e : periods.entrySet()) {
        period(x, i, e.getKey(), e.getValue(), s.targets());
      }
      x.writeEndElement();
    }
    x.writeEndElement();
  }

  private static void period(
      XMLStreamWriter x,
      Indicator i,
      LocalDate start,
      List<OpenDataExports.Value> values,
      List<PeriodValue> targets)
      throws XMLStreamException {
    LocalDate end = values.isEmpty() ? LocalDate.of(start.getYear(), 12, 31) : values.get(0).end();
    x.writeStartElement("period");
    empty(x, "period-start", "iso-date", start.toString());
    empty(x, "period-end", "iso-date", end.toString());
    // targets set for days within the year: summed for a number, the last for a percentage
    BigDecimal target = null;
    for (PeriodValue t : targets) {
      if (t.startsOn().getYear() == start.getYear() && t.endsOn().getYear() == start.getYear()) {
        target = target == null || i.unit() == Unit.PERCENTAGE ? t.value() : target.add(t.value());
      }
    }
    if (target != null) {
      empty(x, "target", "value", target.toPlainString());
    }
    for (OpenDataExports.Value v : values) {
      if (v.value() == null || v.key().size() > 1) {
        continue;
      }
      if (v.key().isEmpty()) {
        empty(x, "actual", "value", v.value().toPlainString());
      } else {
        x.writeStartElement("actual");
        x.writeAttribute("value", v.value().toPlainString());
        for (Map.Entry<Dimension, String> k : v.key().entrySet()) {
          empty(x, "dimension", "name", k.getKey().column(), "value", k.getValue());
        }
        x.writeEndElement();
      }
    }
    x.writeEndElement();
  }

  /** Portfolio status as IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 6. */
  static String status(Programme p) {
    return switch (p.status()) {
      case PLANNED -> "1";
      case RUNNING -> "2";
      case COMPLETED -> "3";
      case SUSPENDED -> "6";
    };
  }

  private static String m(int significance) {
    return Integer.toString(Math.max(0, Math.min(4, significance)));
  }

  private static void text(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void narrative(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    text(x, name, text == null ? "" : text);
  }

  private static void narrated(
      XMLStreamWriter x, String name, String text, Map<String, String> attributes)
      throws XMLStreamException {
    x.writeStartElement(name);
    for (var a : new TreeMap<>(attributes).entrySet()) {
      x.writeAttribute(a.getKey(), a.getValue());
    }
    narrative(x, "narrative", text);
    x.writeEndElement();
  }

  private static void empty(XMLStreamWriter x, String name, String... attributes)
      throws XMLStreamException {
    x.writeEmptyElement(name);
    for (int k = 0; k < attributes.length; k += 2) {
      x.writeAttribute(attributes[k], attributes[k + 1]);
    }
  }
}
