package org.safar.results;

/** An impact, outcome or output of a framework; outputs (and outcomes) carry indicators. */
public record ResultNode(
    Long id, long frameworkId, Long parentId, ResultLevel level, String code, String title) {}
