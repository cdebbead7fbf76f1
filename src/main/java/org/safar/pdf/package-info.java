/**
 * Printable documents: XHTML made into a tagged A4 PDF by openhtmltopdf (PDFBox) with the bundled
 * Noto fonts, right-to-left text through ICU4J's bidi and Arabic-script letters joined by {@code
 * ArabicLetters}, and nothing fetched while rendering. Used by the referral form and the donor
 * reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Printable documents")
package org.safar.pdf;
