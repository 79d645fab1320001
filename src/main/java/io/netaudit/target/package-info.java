/**
 * The target grammar (nmap's: addresses, CIDR, octet ranges, lists, host names, files) with lazy,
 * de-duplicated, exclusion-aware expansion: a /8 is never held in memory.
 */
package io.netaudit.target;
