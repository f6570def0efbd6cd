package org.dateline.cli;

/** Output formats of {@code analyze}. */
enum Format { text, json }
