/**
 * The restricted-vendor policy built from public advisories and the verdict it gives an
 * identification.
 *
 * <h2>Data ({@code config/}, or a {@code --policy-dir})</h2>
 *
 * <ul>
 *   <li>{@code advisories.csv}: the advisories, with whom each reaches beyond the makers it names
 *       ({@link io.netaudit.policy.Coverage}: named only, subsidiaries, or subsidiaries and
 *       affiliates; and whether it reaches equipment they produce for others) and the source and
 *       P/S/C/UNVERIFIED label of that reading.
 *   <li>{@code restricted-vendors.csv}: each listed maker's own rule ({@link
 *       io.netaudit.policy.VendorRule}).
 *   <li>{@code families.csv} (optional): makers tied to a parent ({@link
 *       io.netaudit.policy.FamilyLink}); chains resolve to the top ({@code Lineage}).
 *   <li>{@code oem-producers.csv} (optional): brands selling a listed maker's equipment ({@link
 *       io.netaudit.policy.OemLink}).
 *   <li>{@code obligations.csv} (optional): what each advisory requires, from which networks, by
 *       when ({@link io.netaudit.policy.Obligation}).
 * </ul>
 *
 * Every file is read through {@link io.netaudit.text.CsvTable}; each has a header comment saying
 * what its columns mean; every problem is a one-line {@code file:line} {@link
 * io.netaudit.policy.PolicyException} (exit 2). {@link io.netaudit.policy.Policy#withNames} binds
 * the catalogue's names and checks that families and OEM rows name catalogue makers.
 *
 * <h2>A maker's standing ({@code MakerPolicies})</h2>
 *
 * Its own rule first; then its family tie: a current tie labelled P or S to a restricted maker is
 * RESTRICTED by the top's advisories that reach that kind of tie, C/UNVERIFIED ties and ties no
 * advisory in force reaches are REVIEW, a former tie is REVIEW with the window stated; then its OEM
 * standing: a brand alone is REVIEW. {@link io.netaudit.policy.Policy#effective()} lists them all.
 *
 * <h2>A device's verdict ({@code Judge})</h2>
 *
 * The identified maker's standing, with the device's evidence weighed: a signal of an OEM brand's
 * producer (any strength) makes the verdict follow the producer ("produced by Dahua, sold as
 * Amcrest"); a definitive signal of another listed maker, a listed platform maker, and (on an
 * unidentified device) weak evidence of a listed maker each lift the verdict to at least REVIEW. A
 * RESTRICTED verdict carries the earliest dated remove/limit obligation of its advisories ({@code
 * Deadlines}).
 *
 * <h2>Waivers</h2>
 *
 * {@link io.netaudit.policy.Waivers} reads a {@code --waivers} YAML file ({@code WaiverFile}, node
 * tree only); {@link io.netaudit.policy.WaiverTally} applies it during one run as of the run's day
 * ({@link io.netaudit.policy.Policy#asOf} or the clock): matched findings keep their status and are
 * left out of --fail-on while the waiver is active; expired matches count again; unmatched waivers
 * are stale.
 *
 * <p><b>How to add an advisory</b>: its line in advisories.csv (with its coverage reading and
 * source), its id in the rules of the makers it names, its obligations in obligations.csv. <b>A
 * family tie or OEM brand</b>: one row (the maker must be in vendors.csv, watched, with its
 * identification rules). No code changes.
 */
package io.netaudit.policy;
