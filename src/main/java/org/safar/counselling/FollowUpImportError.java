package org.safar.counselling;

/**
 * Why a row of a follow-up survey file (or the whole file, row 0) cannot be imported: a message key
 * with the value it names, so the reason reads in the reader's language.
 *
 * @param row the row in the file, counting the header as row 1; 0 for the file as a whole
 * @param column the question's name, or null
 * @param value the value at fault as the file has it (at most 100 characters), or null
 */
public record FollowUpImportError(int row, String column, String messageKey, String value) {}
