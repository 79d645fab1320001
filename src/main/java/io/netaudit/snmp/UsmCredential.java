package io.netaudit.snmp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthMD5;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.Priv3DES;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES192;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.PrivDES;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.nonstandard.PrivAES192With3DESKeyExtension;
import org.snmp4j.security.nonstandard.PrivAES256With3DESKeyExtension;
import org.snmp4j.smi.OID;

/**
 * An SNMPv3 USM user profile: user name, authentication and privacy protocols and their
 * passphrases. The security level follows from what is set: no auth = noAuthNoPriv, auth only =
 * authNoPriv, both = authPriv. Passphrases never leave through {@link #toString()}.
 */
public final class UsmCredential implements Credential {
  /** RFC 3414 section 11.2; SNMP4J refuses shorter passphrases by default. */
  public static final int MIN_PASSPHRASE = 8;

  /** Authentication protocols, by the names the credentials file uses. */
  public enum Auth {
    MD5(AuthMD5.ID),
    SHA(AuthSHA.ID),
    SHA224(AuthHMAC128SHA224.ID),
    SHA256(AuthHMAC192SHA256.ID),
    SHA384(AuthHMAC256SHA384.ID),
    SHA512(AuthHMAC384SHA512.ID);

    private final OID id;

    Auth(OID id) {
      this.id = id;
    }

    public OID snmp4jId() {
      return id;
    }

    public String text() {
      return name();
    }

    /**
     * MD5, SHA (= SHA1, SHA-1), SHA224 ... SHA512 (also with a dash), case-insensitive; null if
     * unknown.
     */
    public static Auth parse(String s) {
      String n = s.strip().toUpperCase(Locale.ROOT).replace("-", "");
      if (n.equals("SHA1")) {
        return SHA;
      }
      for (Auth a : values()) {
        if (a.name().equals(n)) {
          return a;
        }
      }
      return null;
    }
  }

  /**
   * Privacy protocols. AES192/AES256 are the Blumenthal key extension (draft-blumenthal-aes-usm-04,
   * net-snmp's AES-192/AES-256); the -3DESKEY variants are the Reeder 3DES key extension some
   * vendors use (Cisco, net-snmp's AES192C/AES256C).
   */
  public enum Priv {
    DES("DES", PrivDES.ID),
    TRIPLE_DES("3DES", Priv3DES.ID),
    AES128("AES128", PrivAES128.ID),
    AES192("AES192", PrivAES192.ID),
    AES256("AES256", PrivAES256.ID),
    AES192_3DESKEY("AES192-3DESKEY", PrivAES192With3DESKeyExtension.ID),
    AES256_3DESKEY("AES256-3DESKEY", PrivAES256With3DESKeyExtension.ID);

    private final String text;
    private final OID id;

    Priv(String text, OID id) {
      this.text = text;
      this.id = id;
    }

    public OID snmp4jId() {
      return id;
    }

    public String text() {
      return text;
    }

    /**
     * The names above, case-insensitive, plus AES (= AES128) and AES192C/AES256C (net-snmp's
     * names); null if unknown.
     */
    public static Priv parse(String s) {
      String n = s.strip().toUpperCase(Locale.ROOT);
      switch (n) {
        case "AES", "AES-128", "AES128":
          return AES128;
        case "AES-192":
          return AES192;
        case "AES-256":
          return AES256;
        case "AES192C":
          return AES192_3DESKEY;
        case "AES256C":
          return AES256_3DESKEY;
        default:
          break;
      }
      for (Priv p : values()) {
        if (p.text.equals(n)) {
          return p;
        }
      }
      return null;
    }

    /** Every accepted name, for messages. */
    public static String names() {
      List<String> out = new ArrayList<>();
      for (Priv p : values()) {
        out.add(p.text);
      }
      return String.join(", ", out);
    }
  }

  private final String label;
  private final String user;
  private final Auth auth;
  private final byte[] authPass;
  private final Priv priv;
  private final byte[] privPass;

  /**
   * @throws IllegalArgumentException for an inconsistent profile (the message never holds a
   *     passphrase)
   */
  public UsmCredential(
      String label, String user, Auth auth, byte[] authPass, Priv priv, byte[] privPass) {
    this.label = Objects.requireNonNull(label, "label");
    this.user = Objects.requireNonNull(user, "user");
    if (user.isEmpty() || user.getBytes(StandardCharsets.UTF_8).length > 32) {
      throw new IllegalArgumentException("user name must be 1-32 octets");
    }
    if (auth == null && (authPass != null || priv != null || privPass != null)) {
      throw new IllegalArgumentException(
          priv != null
              ? "priv needs auth (there is no noAuthPriv)"
              : "auth-pass given without auth");
    }
    if (auth != null && authPass == null) {
      throw new IllegalArgumentException("auth " + auth.text() + " needs auth-pass");
    }
    if (priv == null && privPass != null) {
      throw new IllegalArgumentException("priv-pass given without priv");
    }
    if (priv != null && privPass == null) {
      throw new IllegalArgumentException("priv " + priv.text() + " needs priv-pass");
    }
    if (authPass != null && authPass.length < MIN_PASSPHRASE) {
      throw new IllegalArgumentException(
          "auth-pass is shorter than " + MIN_PASSPHRASE + " characters (RFC 3414)");
    }
    if (privPass != null && privPass.length < MIN_PASSPHRASE) {
      throw new IllegalArgumentException(
          "priv-pass is shorter than " + MIN_PASSPHRASE + " characters (RFC 3414)");
    }
    this.auth = auth;
    this.authPass = authPass == null ? null : authPass.clone();
    this.priv = priv;
    this.privPass = privPass == null ? null : privPass.clone();
  }

  @Override
  public String label() {
    return label;
  }

  public String user() {
    return user;
  }

  public Auth auth() {
    return auth;
  }

  public Priv priv() {
    return priv;
  }

  /** The authentication passphrase, for the SNMP layer only; null at noAuthNoPriv. */
  public byte[] authPass() {
    return authPass == null ? null : authPass.clone();
  }

  /** The privacy passphrase, for the SNMP layer only; null below authPriv. */
  public byte[] privPass() {
    return privPass == null ? null : privPass.clone();
  }

  /** SNMP4J's security level constant. */
  public int securityLevel() {
    return auth == null
        ? SecurityLevel.NOAUTH_NOPRIV
        : priv == null ? SecurityLevel.AUTH_NOPRIV : SecurityLevel.AUTH_PRIV;
  }

  /** noAuthNoPriv, authNoPriv or authPriv. */
  public String levelName() {
    return auth == null ? "noAuthNoPriv" : priv == null ? "authNoPriv" : "authPriv";
  }

  @Override
  public List<byte[]> secrets() {
    List<byte[]> out = new ArrayList<>(2);
    if (authPass != null) {
      out.add(authPass.clone());
    }
    if (privPass != null) {
      out.add(privPass.clone());
    }
    return out;
  }

  @Override
  public String toString() {
    return label
        + " (v3 "
        + levelName()
        + (auth == null ? "" : " " + auth.text())
        + (priv == null ? "" : "/" + priv.text())
        + ", <masked>)";
  }
}
