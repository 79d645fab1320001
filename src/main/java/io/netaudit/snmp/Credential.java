package io.netaudit.snmp;

/**
 * A named credential profile: a v1/v2c {@link Community} or an SNMPv3 {@link UsmCredential}.
 * Profiles are tried in order per target until one works. Reports and logs name the {@link
 * #label()}, never a secret.
 */
public sealed interface Credential permits Community, UsmCredential {
  /** The profile's name, as reports show it ({@code core-v3}, {@code communities.txt:3}). */
  String label();

  /** Every secret this profile holds, as text, for the log masker (never for output). */
  java.util.List<byte[]> secrets();
}
