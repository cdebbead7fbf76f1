package org.safar.results.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safar.results.Dimension;
import org.safar.results.Filters;
import org.safar.results.Indicator;
import org.safar.results.Measure;
import org.safar.results.Unit;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The indicator definition form. Filters are typed one per line as {@code dimension:CODE} (for
 * example {@code sex:FEMALE}); the page lists the dimensions and codes each source has.
 */
public class IndicatorForm {

  private Long resultId;
  private String code;
  private String title;
  private String source = "SESSIONS";
  private Measure measure = Measure.COUNT;
  private Unit unit = Unit.NUMBER;
  private boolean ascending = true;
  private String filters;
  private String part;
  private String before;
  private String after;
  private boolean distinctPersons;
  private Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
  private BigDecimal baselineValue;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate baselineOn;

  private int version;

  static IndicatorForm of(Indicator i) {
    IndicatorForm f = new IndicatorForm();
    f.resultId = i.resultId();
    f.code = i.code();
    f.title = i.title();
    f.source = i.source();
    f.measure = i.measure();
    f.unit = i.unit();
    f.ascending = i.ascending();
    f.filters = i.filters().toLines();
    f.part = i.part().toLines();
    f.before = i.before().toLines();
    f.after = i.after().toLines();
    f.distinctPersons = i.distinctPersons();
    f.dimensions =
        i.dimensions().isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(i.dimensions());
    f.baselineValue = i.baselineValue();
    f.baselineOn = i.baselineOn();
    f.version = i.version();
    return f;
  }

  Indicator toIndicator(long frameworkId) {
    return new Indicator(
        null,
        frameworkId,
        resultId == null ? 0 : resultId,
        code == null ? null : code.trim(),
        title == null ? null : title.trim(),
        source,
        measure,
        unit,
        ascending,
        Filters.parseLines(filters, "filters"),
        Filters.parseLines(part, "part"),
        Filters.parseLines(before, "before"),
        Filters.parseLines(after, "after"),
        distinctPersons,
        List.copyOf(dimensions),
        baselineValue,
        baselineOn,
        version);
  }

  public Long getResultId() {
    return resultId;
  }

  public void setResultId(Long resultId) {
    this.resultId = resultId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public Measure getMeasure() {
    return measure;
  }

  public void setMeasure(Measure measure) {
    this.measure = measure;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public boolean isAscending() {
    return ascending;
  }

  public void setAscending(boolean ascending) {
    this.ascending = ascending;
  }

  public String getFilters() {
    return filters;
  }

  public void setFilters(String filters) {
    this.filters = filters;
  }

  public String getPart() {
    return part;
  }

  public void setPart(String part) {
    this.part = part;
  }

  public String getBefore() {
    return before;
  }

  public void setBefore(String before) {
    this.before = before;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }

  public boolean isDistinctPersons() {
    return distinctPersons;
  }

  public void setDistinctPersons(boolean distinctPersons) {
    this.distinctPersons = distinctPersons;
  }

  public Set<Dimension> getDimensions() {
    return dimensions;
  }

  public void setDimensions(Set<Dimension> dimensions) {
    this.dimensions = dimensions == null ? EnumSet.noneOf(Dimension.class) : dimensions;
  }

  public BigDecimal getBaselineValue() {
    return baselineValue;
  }

  public void setBaselineValue(BigDecimal baselineValue) {
    this.baselineValue = baselineValue;
  }

  public LocalDate getBaselineOn() {
    return baselineOn;
  }

  public void setBaselineOn(LocalDate baselineOn) {
    this.baselineOn = baselineOn;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
