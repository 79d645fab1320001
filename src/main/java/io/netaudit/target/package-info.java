/**
 * The target grammar (nmap's: addresses, CIDR, octet ranges, lists, host names, files) with lazy,
 * de-duplicated, exclusion-aware expansion: a /8 is never held in memory. Targets come from the
 * command line, target files ({@link io.netaudit.target.TargetFileReader}, -iL) and nmap XML output
 * ({@link io.netaudit.target.NmapXmlReader}, -iX, parsed with DTDs and external entities off).
 */
package io.netaudit.target;
