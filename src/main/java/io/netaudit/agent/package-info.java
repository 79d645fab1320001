/**
 * In-process SNMP agents on loopback (real UDP, real SNMP4J command responders) for the demo and
 * the end-to-end tests, and the snmpsim {@code .snmprec} reader that feeds them recordings.
 */
package io.netaudit.agent;
