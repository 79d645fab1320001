/**
 * Vendor identification: which maker built a device, from sysDescr and sysObjectID only.
 *
 * <h2>Data</h2>
 * {@link io.netaudit.identify.VendorCatalogue} loads {@code config/vendors.csv} (makers),
 * {@code config/enterprise-numbers.csv} (IANA Private Enterprise Numbers with a strength of {@code definitive},
 * {@code weak} or {@code none}) and {@code config/sysdescr-rules.csv} (case-insensitive Java regexes with an optional
 * {@code unless} veto and a strength of {@code definitive} or {@code weak}). The same files are bundled on the
 * classpath under {@code netaudit/config/}.
 *
 * <h2>Signals</h2>
 * <ul>
 *   <li>sysObjectID: the enterprise number is the arc right after {@code 1.3.6.1.4.1} (a leading dot is accepted).
 *       OIDs outside enterprises ({@code 0.0}, {@code 1.0.3...}), {@code 1.3.6.1.4.1} alone, malformed text and arcs
 *       above 4294967295 give a note, never an exception. A {@code none} number (8072 net-snmp, 4413 Broadcom
 *       FASTPATH, ...) gives a note only. A number not in the catalogue gives a note only.</li>
 *   <li>sysDescr: every rule is tried; per maker the first definitive rule that fires is kept (else the first weak
 *       one), so one sysDescr gives at most one piece of evidence per maker.</li>
 *   <li>sysName, sysLocation and sysContact are never evidence.</li>
 * </ul>
 *
 * <h2>Decision rules</h2>
 * <ol>
 *   <li>If any DEFINITIVE evidence exists, the maker is the one named by the sysObjectID's definitive evidence if
 *       there is one, else by the first definitive sysDescr rule. Confidence is HIGH when a second independent
 *       source (another {@link io.netaudit.identify.SignalSource}, weak or definitive) names the same maker, else
 *       MEDIUM.</li>
 *   <li>If definitive signals name different makers, each disagreement is recorded as a one-line conflict, the
 *       maker chosen by rule 1 (sysObjectID first) is reported with confidence LOW, and
 *       {@link io.netaudit.identify.Identification#namedVendors()} contains every maker named by definitive
 *       evidence so that policy never drops a conflicting restricted maker.</li>
 *   <li>WEAK evidence alone never identifies. Without definitive evidence, a maker named by weak evidence from two
 *       independent sources (e.g. PEN 1004849 plus sysDescr {@code DH-...} for Dahua) is identified with
 *       confidence MEDIUM.</li>
 *   <li>Weak evidence that does not decide stays in {@code evidence} and adds a note: "needs a second signal" when
 *       the device stays UNIDENTIFIED, "set aside" when a stronger signal names another maker. A definitive
 *       sysDescr beats a weak PEN with no conflict line (HPE Comware on 25506 is HPE; the 25506/H3C weak evidence
 *       is kept).</li>
 *   <li>Otherwise the device is UNIDENTIFIED (empty vendor, confidence LOW), e.g. generic Linux sysDescr with
 *       net-snmp 8072.</li>
 * </ol>
 */
package io.netaudit.identify;
