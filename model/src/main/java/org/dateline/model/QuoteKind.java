package org.dateline.model;

/**
 * How a quote is given: a whole utterance in quotation marks ({@code DIRECT}), a quoted fragment
 * in the reporter's sentence ({@code PARTIAL}), indirect speech with a quoted stretch
 * ({@code MIXED}), a quote inside a quote ({@code NESTED}), reported speech without marks
 * ({@code INDIRECT}), or words in marks that nobody is quoted as saying ({@code SCARE}).
 */
public enum QuoteKind {
    DIRECT, PARTIAL, MIXED, NESTED, INDIRECT, SCARE
}
