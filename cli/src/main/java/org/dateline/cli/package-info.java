/**
 * The {@code dateline} command line: {@code analyze} and {@code bench}. The only place that reads
 * files, flags and the environment, and the one place that maps failures to exit codes
 * ({@link org.dateline.cli.ExitCodes}).
 */
package org.dateline.cli;
