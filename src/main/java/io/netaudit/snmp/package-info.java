/**
 * Value types of what a device said (system group, inventory tables, probe outcome), free of SNMP4J
 * types.
 */
package io.netaudit.snmp;
