/**
 * The pipeline of one audit: targets, sweep, identification, policy, report rows (devices,
 * components found inside them, LLDP/CDP neighbours), and the summary whose counts add up to the
 * number of targets.
 */
package io.netaudit.audit;
