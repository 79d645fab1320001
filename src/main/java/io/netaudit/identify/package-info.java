/**
 * Vendor identification: which maker built a device, from what it answered over SNMP.
 *
 * <h2>Input</h2>
 *
 * {@link io.netaudit.identify.Observations}, one generic shape: the scalars the device answered
 * (sysDescr, sysObjectID, the identity objects of {@code private-oids.csv}), the rows of the tables
 * walked (entPhysicalTable, ifTable ifPhysAddress), the authoritative engine ID of the
 * credential-less SNMPv3 discovery ({@link io.netaudit.identify.EngineId#decode}) and the
 * enterprise arcs under which the agent serves objects ({@code servedEnterprises}, filled by the
 * scanner). What is read is what the signals declare ({@link
 * io.netaudit.identify.Identifier#reads()}): the scan's inventory plan is built from it. {@code
 * identify(sysDescr, sysObjectID)} is {@code identify(Observations.of(...))}. sysName, sysLocation
 * and sysContact are never evidence.
 *
 * <h2>Signals</h2>
 *
 * {@link io.netaudit.identify.Identifier} runs an ordered list of signals ({@code Signal}: what it
 * reads, and the evidence and notes it draws from the observations into {@code Findings}), then the
 * {@code Decision} rules below, then the platform makers ({@code PlatformMakers}: who built the
 * platform, {@code platform-makers.csv}, and what the device runs on: a chip maker's reference
 * stack as sysObjectID, a hypervisor's MAC prefix, a NIC/chip maker's MAC; reported as {@code
 * platform:} evidence, never the maker). One class per signal: {@code SysObjectIdSignal}, {@code
 * EmbeddedEnterpriseSignal}, {@code PrivateObjectSignal}, {@code EntityChassisSignal}, {@code
 * SysDescrSignal}, {@code RecogSignal} (Rapid7 Recog's SNMP fingerprints), {@code EngineIdSignal},
 * {@code ServedMibSignal}, {@code OuiSignal} (interface MACs and the engine-ID MAC) and {@code
 * SignatureSignal} (the rows of {@code signatures.csv}, last: a signature may ask that nothing else
 * names a maker). Shared pieces: {@code Registrants} (an enterprise number outside the catalogue,
 * through the IANA registry), {@code Chassis} (which entPhysical row is the device), {@link
 * io.netaudit.text.Quote} (device text in evidence), {@code Components} and {@code DeviceDetails}
 * (model, firmware, serial).
 *
 * <p><b>How to add a signal:</b> write one class implementing {@code Signal} in this package: its
 * {@code reads()} names the scalar OIDs and table columns it needs (tables and columns come from
 * the MIB classes of {@code io.netaudit.snmp}: {@code EntityMib}, {@code IfMib}, ...; a new table
 * is a {@code TableId} and its {@code ColumnId}s added to the MIB's class there), and its {@code
 * collect} adds evidence (with a {@link io.netaudit.identify.SignalSource}, adding one if no source
 * fits) and notes; then add one line to the list in {@code Identifier}'s constructor (its position
 * is its precedence among definitive evidence) and write its focused test. Nothing else changes:
 * the inventory plan reads what {@code reads()} declares, {@code Observations} carries every scalar
 * and table generically, and the decision rules apply to any source. A signature (a combination of
 * answers and absences) needs no code at all: it is a row of {@code signatures.csv}.
 *
 * <h2>Data</h2>
 *
 * {@link io.netaudit.identify.VendorCatalogue} loads {@code config/vendors.csv} (makers; {@code
 * watch} = {@code yes} marks the restricted-vendor research list, see rule 5; a file without that
 * column watches every maker; {@code nvd_vendor}, optional, is the maker's vendor name in NVD's CPE
 * dictionary, from which {@link io.netaudit.identify.ProductCpe} names a model and its firmware),
 * {@code config/enterprise-numbers.csv} (IANA Private Enterprise Numbers with a strength of {@code
 * definitive}, {@code weak} or {@code none}), {@code config/sysdescr-rules.csv} (case-insensitive
 * Java regexes with an optional {@code unless} veto and a strength of {@code definitive} or {@code
 * weak}), {@code config/maker-names.csv} (organisation/manufacturer name regex per maker, a
 * strength, and {@code oui} = {@code device} or {@code nic}) and {@code config/private-oids.csv}
 * (OID, maker or {@code *}, strength, value regex, report column), {@code config/signatures.csv}
 * (combinations of answers and absences that name a maker; the file's header says what each column
 * means), {@code config/free-text.csv} (where a sysDescr is free text: generic banners and
 * admin-text enterprise numbers), and Rapid7 Recog's fingerprints ({@link
 * io.netaudit.identify.RecogFingerprints}: {@code config/recog/snmp_sysdescr.xml} and {@code
 * snmp_sysobjid.xml}, BSD-2-Clause, read with the JDK's StAX parser by {@code RecogDatabase}, and
 * {@code config/recog-operating-systems.csv}, netaudit's list of operating systems that run on
 * other makers' hardware). The last four CSV files and the Recog files are optional in a {@code
 * --vendor-dir}; each file has its reader class ({@code VendorsFile}, {@code
 * EnterpriseNumbersFile}, {@code SysDescrRulesFile}, {@code MakerNamesFile}, {@code
 * PrivateObjectsFile}, {@code SignaturesFile}) over {@code CatalogueCsv}, which reads through the
 * project's one CSV reader ({@link io.netaudit.text.CsvTable}: cells by header name, so column
 * order is free). {@link io.netaudit.identify.Registries} holds the full IEEE registries ({@code
 * config/ieee-oui.tsv.gz}: every MA-L, MA-M, MA-S and IAB assignment, gzip-compressed) and the IANA
 * registry ({@code config/enterprise-registry.tsv}, every assigned number), dated in {@code
 * config/registries.properties} and regenerated by {@code src/build/gen-registries.py} from
 * Debian's ieee-data and libwireshark-data. Each part can be replaced: {@link
 * io.netaudit.identify.OuiRegistry#load} (a full IEEE download; {@link
 * io.netaudit.identify.OuiRegistry#systemDefault()} finds ieee-data's copy) and {@link
 * io.netaudit.identify.EnterpriseRegistry#load} (the IANA text file or a number/name table). All
 * files are bundled on the classpath under {@code netaudit/config/}; the bundled registries are
 * parsed on first use.
 *
 * <h2>Each signal's strength</h2>
 *
 * <ul>
 *   <li>SYS_OBJECT_ID: the enterprise number is the arc right after {@code 1.3.6.1.4.1} ({@link
 *       io.netaudit.snmp.Oid#enterpriseNumber()}; a leading dot is accepted). OIDs outside
 *       enterprises, {@code 1.3.6.1.4.1} alone, malformed text and arcs above 4294967295 give a
 *       note, never an exception. A catalogue number gives evidence of its catalogue strength; a
 *       {@code none} number (8072 net-snmp, UCD 2021, 4413, 89, 40310, 17409) gives a note, except
 *       that an OEM enterprise embedded after it ({@code 89.1.1.1.3.6.1.4.1.4526...}) counts as the
 *       sysObjectID's. A number outside the catalogue is looked up in the IANA registry: a
 *       registrant matching {@code maker-names.csv} is WEAK evidence for that maker; any other
 *       registrant is WEAK evidence for the organisation itself (vendor id {@code iana-pen-<n>},
 *       compliant for policy), which identifies only by the fallback of rule 5. A weak catalogue
 *       number of an unwatched maker (Linksys 3955 = Cisco, Frogfoot 10002 = Ubiquiti) may also
 *       identify by that fallback.
 *   <li>PRIVATE_OID: a row of {@code private-oids.csv} whose object was answered with a value
 *       matching its {@code value_pattern} gives evidence of the row's strength. Hikvision {@code
 *       39165.1.1.0} with a {@code DS-}/{@code iDS-} model, Dahua {@code 1004849.2.1.2.6.0} with a
 *       {@code DH-} model, Huawei SMU {@code 2011.6.164.1.1.1.4.0} naming Huawei and Teltonika
 *       {@code 48690.1.2.0} with a {@code RUT} model are DEFINITIVE (the value is the maker's own
 *       model text under its own arc); the Hikvision firmware format is WEAK. Rows with vendor
 *       {@code *} (UPS-MIB upsIdentManufacturer) map the value through {@code maker-names.csv}. An
 *       answer that does not match the pattern (a SyncServer under 39165) is a note, never
 *       evidence. Rows of strength {@code none} only fill model/firmware/serial.
 *   <li>ENTITY_MFG: entPhysicalMfgName of the chassis row (the first class-3 row not inside another
 *       chassis; when no row carries a class, the first top-level row) mapped through {@code
 *       maker-names.csv}, with that row's strength (DEFINITIVE for Huawei, ZTE, H3C, Cisco...; WEAK
 *       for the ambiguous "HP"/"Hewlett-Packard", which names HP Inc. and HPE gear alike). NUL
 *       padding is stripped. When the chassis entPhysicalMfgName is empty or names no catalogue
 *       maker, its entPhysicalModelName, else its entPhysicalDescr, is mapped the same way as WEAK
 *       evidence ({@code "Cumulus Networks arm-accton_as4610_54-r0 ... Chassis"} names
 *       Accton/Edgecore). A class of 0 or less means entPhysicalClass was not answered. Other rows
 *       are components, see below.
 *   <li>SYS_DESCR: every rule is tried; per maker the first definitive rule that fires is kept
 *       (else the first weak one), so one sysDescr gives at most one piece of evidence per maker.
 *       Text is strong only in the maker's own formats: in free text ({@code free-text.csv}: a
 *       sysDescr that starts with a generic OS banner such as net-snmp's {@code Linux <host>
 *       <release> ...}, or any sysDescr under an enterprise number whose agent serves the admin's
 *       text, 8072 and 2021) a watched maker's rule counts as WEAK ("NMS collector for the Huawei
 *       sites" is no Huawei device); and when one sysDescr definitively names two or more watched
 *       makers, each is WEAK and a conflict is recorded (two names in one text are not two
 *       confirmations). Unwatched makers' rules keep their strength.
 *   <li>Recog (source SYS_DESCR, or SYS_OBJECT_ID for the sysObjectID database): the first
 *       fingerprint of each database that matches (Ruby regexes compiled with {@code MULTILINE |
 *       UNIX_LINES}; the sysObjectID database is tried on the sysObjectID, on "sysObjectID
 *       sysDescr" and on the sysDescr, as its patterns are written for all three). Its {@code
 *       hw.vendor}, else {@code os.vendor}, is mapped through {@code maker-names.csv}; a vendor
 *       outside the catalogue is the maker under its Recog name (vendor id {@code recog-<slug>},
 *       compliant for policy), or the sysObjectID's IANA registrant when that registrant's name
 *       starts with it. DEFINITIVE when the pattern is anchored on literal text of 3 or more
 *       letters or digits ({@code ^Lantronix }) and Recog declares no certainty below 1, capped by
 *       the maker-names row's strength; WEAK otherwise, and always WEAK for a watched maker. A
 *       fingerprint naming only an operating system of {@code recog-operating-systems.csv} (Linux,
 *       Windows, the BSDs, net-snmp's OS arcs) gives a note, never maker evidence. A maker a
 *       sysDescr rule already named as strongly gets nothing more.
 *   <li>ENGINE_ID: the engine ID's enterprise is always WEAK, whatever the catalogue says for
 *       sysObjectID: the agent writes its own engine ID and squatted numbers (50001) appear there
 *       too. {@code none} numbers give a note; numbers outside the catalogue go through the IANA
 *       registry as for sysObjectID. Empty, too short, over 32 octets, all-zero or legacy IDs of
 *       the wrong length are "garbled" (enterprise -1) and give a note. A format-3 MAC is checked
 *       like an interface MAC (OUI below), so a v3-only Huawei ({@code 80 00 07 db 03} + a Huawei
 *       MAC) has two independent weak signals.
 *   <li>OUI: each distinct MAC (locally administered, group, all-zero and broadcast addresses
 *       skipped) is looked up by longest prefix (MA-S, then MA-M, then MA-L) and its IEEE
 *       registrant mapped through {@code maker-names.csv}. A registrant marked {@code oui=nic}
 *       (Intel, Realtek, Supermicro, Broadcom, Mellanox/NVIDIA, Edgecore/Accton, HiSilicon; the
 *       hypervisors VMware, Microsoft Hyper-V, Xen, VirtualBox, Parallels, whose registrations are
 *       virtual NICs) makes NICs, chips, boards or ODM hardware for others: it never identifies
 *       alone and never contradicts (a note), so a generic Linux server with Supermicro MACs stays
 *       UNIDENTIFIED; it is reported as the platform the device runs on (unless watched: a
 *       HiSilicon MAC stays a note, as one weak signal must not lift a verdict), and kept as WEAK
 *       evidence only to corroborate another source naming the same maker when that maker is not
 *       watched (a weak Cumulus sysDescr plus Mellanox MACs is NVIDIA, MEDIUM). A {@code device}
 *       registrant gives WEAK evidence (OEM NICs and modules exist) that may identify alone by the
 *       fallback of rule 5 when the name row is DEFINITIVE (the maker's own registration).
 *       Registrants outside the catalogue give a note.
 *   <li>SERVED_MIB: each enterprise arc under which the agent serves objects (the first 8 distinct
 *       ones) is WEAK evidence: any agent may implement another maker's MIB, but a device on
 *       net-snmp 8072 often serves its own maker's (Synology 6574, ExtraHop 32015, ATEN 21317 on
 *       Supermicro BMCs). A catalogue number names its maker (a weak number too: 39165 served under
 *       a 50001 sysObjectID corroborates Hikvision); {@code none} numbers (8072, UCD 2021, 4413...)
 *       give a note; others go through the IANA registry as for sysObjectID. A served number equal
 *       to the sysObjectID's (or the one embedded in it) or the engine ID's enterprise is not an
 *       independent signal (a squatter of 50001 also serves 50001): a note only.
 *   <li>SIGNATURE: a row of {@code signatures.csv} whose conditions hold gives evidence of the
 *       row's strength. The one row today is Hytera's: lwIP's bare enterprise number
 *       1.3.6.1.4.1.26381 and no sysDescr at all (lwIP's own agent fills sysDescr), when no other
 *       evidence names another maker; WEAK like the number, so together they identify Hytera.
 *   <li>NEIGHBOUR (LLDP/CDP) is reserved and not used yet.
 * </ul>
 *
 * <h2>Decision rules</h2>
 *
 * Evidence is gathered in the order of the signal list: sysObjectID (and an enterprise embedded in
 * it), private objects, chassis entPhysicalMfgName, sysDescr, Recog, engine ID, served MIBs, MACs,
 * signatures; that order is the precedence among definitive signals.
 *
 * <ol>
 *   <li>If any DEFINITIVE evidence exists, the maker is the one named by the first definitive
 *       evidence in the order above. Confidence is HIGH when a second independent source (another
 *       {@link io.netaudit.identify.SignalSource}, weak or definitive) names the same maker, else
 *       MEDIUM.
 *   <li>If definitive signals name different makers, each disagreement is recorded as a one-line
 *       conflict, the maker chosen by rule 1 is reported with confidence LOW, and {@link
 *       io.netaudit.identify.Identification#namedVendors()} contains every maker named by
 *       definitive evidence so that policy never drops a conflicting restricted maker.
 *   <li>WEAK evidence alone never identifies, except by rule 5. Without definitive evidence, a
 *       maker named by weak evidence from two independent sources (PEN 1004849 plus sysDescr {@code
 *       DH-...}; engine-ID enterprise plus a MAC registrant; PEN 39165 plus a Hikvision MAC) is
 *       identified with confidence MEDIUM.
 *   <li>Weak evidence that does not decide stays in {@code evidence} and adds a note: "needs a
 *       second signal" when the device stays UNIDENTIFIED, "set aside" when a stronger signal names
 *       another maker (a Huawei MAC on a device whose sysObjectID says Cisco is set aside, not a
 *       conflict: OEM parts exist). A definitive sysDescr beats a weak PEN with no conflict line
 *       (HPE Comware on 25506 is HPE; the 25506/H3C weak evidence is kept).
 *   <li>Fallback when rules 1-3 identify nothing, confidence LOW with a note: (a) the MAC
 *       registrant, when every MAC of a {@code device} registrant under a definitive name names the
 *       same maker and no other evidence names another maker (a Hikvision camera seen only through
 *       its MAC); for a watched maker an IANA registrant outside the catalogue does not count as
 *       another maker (a missed Huawei is the worst error), for any other maker it does (the
 *       product's own enterprise number outweighs whose hardware it runs on: a SOLIDserver on a
 *       Dell server is EfficientIP's); else (b) the single-signal fallback: the one organisation
 *       that all evidence names, MAC registrants of unwatched makers left out (the hardware the
 *       product runs on), when that organisation is not named by a MAC registrant and is not a
 *       watched maker ({@code watch=yes} in vendors.csv: the makers advisories name, H3C, 3Com and
 *       the reported affiliates). It covers the IANA registrant of an obscure sysObjectID,
 *       engine-ID or served-MIB number (compliant gear does not end UNIDENTIFIED), a Recog vendor
 *       named by a weak fingerprint, the served MIB of a catalogue maker (Synology on net-snmp) and
 *       one weak sysDescr rule or weak number of an unwatched maker (Cumulus, Linksys 3955). A
 *       watched maker named by one weak signal (Hytera's 26381, H3C's 25506, a served Huawei MIB)
 *       stays UNIDENTIFIED, and the policy asks for a review. Component rows never use (b).
 *   <li>Otherwise the device is UNIDENTIFIED (empty vendor, confidence LOW), e.g. generic Linux
 *       sysDescr with net-snmp 8072.
 * </ol>
 *
 * <h2>Components</h2>
 *
 * {@link io.netaudit.identify.Identifier#components} ({@code Components}) identifies every
 * entPhysical row on its own from its entPhysicalMfgName, entPhysicalModelName and entPhysicalDescr
 * (through {@code maker-names.csv}, rules above) and returns the rows whose maker differs from the
 * device's (the chassis row only when it names another maker): a Huawei optic in a Cisco switch,
 * H3C-made ports in an HP Comware chassis. A weak name ("HP") alone never makes a component
 * finding.
 *
 * <h2>Model, firmware, serial</h2>
 *
 * {@link io.netaudit.identify.DeviceDetails#model}, {@code firmware} and {@code serial} (through
 * {@code Identifier.details()}) take the first matching {@code private-oids.csv} row of that
 * column, else the chassis row's entPhysicalModelName, SoftwareRev (else FirmwareRev) and
 * SerialNum.
 */
package io.netaudit.identify;
