/**
 * The picocli commands and the composition root: the only package that reads options, environment
 * and files given by the user, sets log levels, and maps outcomes to exit codes.
 */
package io.netaudit.cli;
