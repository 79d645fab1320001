package io.netaudit.cli;

import io.netaudit.scan.SweepSettings;
import io.netaudit.secrets.Secrets;
import io.netaudit.snmp.Credential;
import java.io.Console;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where credential profiles come from. Secrets are never option values (they would show in {@code
 * ps} and /proc/PID/cmdline): only files, the environment (a documented fallback) and a terminal
 * prompt.
 *
 * <p>Profiles in the order they are tried per target: the communities of {@code --community-file},
 * the profiles of {@code --credentials} in file order, then (without {@code --credentials}) {@code
 * NETAUDIT_COMMUNITY} and the {@code NETAUDIT_V3_*} user, then the prompted profile. With no source
 * at all, the community {@code public}.
 */
final class CredentialOptions {
  static final String ENV_USER = "NETAUDIT_V3_USER";
  static final String ENV_AUTH = "NETAUDIT_V3_AUTH";
  static final String ENV_AUTH_PASS = "NETAUDIT_V3_AUTH_PASS";
  static final String ENV_PRIV = "NETAUDIT_V3_PRIV";
  static final String ENV_PRIV_PASS = "NETAUDIT_V3_PRIV_PASS";
  static final String ENV_LABEL = "env:NETAUDIT_V3";

  @Option(
      names = "--credentials",
      paramLabel = "FILE",
      description =
          "Credential profiles (v1/v2c communities, SNMPv3 users), INI-style, tried in file order per "
              + "target until one works; the report's credential column names the profile. The file must be private "
              + "(chmod 600). See examples/credentials.example. Without it: NETAUDIT_COMMUNITY and the "
              + "NETAUDIT_V3_USER/_AUTH/_AUTH_PASS/_PRIV/_PRIV_PASS environment variables.")
  Path credentialsFile;

  @Option(
      names = "--credentials-prompt",
      description =
          "Ask on the terminal for one SNMPv3 profile (user, protocols, passphrases without echo), "
              + "tried after the others. Needs a terminal.")
  boolean prompt;

  /**
   * The sweep settings with the final list of credential profiles; registers every secret in {@code
   * secrets} (the log masker's).
   */
  SweepSettings apply(CliContext ctx, Secrets secrets, Path communityFile, SweepSettings base) {
    return apply(ctx, secrets, communityFile, base, true);
  }

  /**
   * As above; {@code ask} false leaves out the terminal prompt (check-config checks the files, and
   * asks nothing).
   */
  SweepSettings apply(
      CliContext ctx, Secrets secrets, Path communityFile, SweepSettings base, boolean ask) {
    List<Credential> profiles = new ArrayList<>();
    Map<String, String> env = ctx.env();
    boolean communitiesGiven =
        communityFile != null
            || credentialsFile == null
                && env.get(CommunitySource.ENV) != null
                && !env.get(CommunitySource.ENV).isBlank();
    if (communitiesGiven) {
      profiles.addAll(
          base.credentials()); // --community-file, else NETAUDIT_COMMUNITY (already read and
      // checked)
    }
    if (credentialsFile != null) {
      profiles.addAll(CredentialFile.load(credentialsFile));
    } else if (env.get(ENV_USER) != null) {
      profiles.add(
          CredentialFile.usm(
              "environment " + ENV_USER,
              ENV_LABEL,
              env.get(ENV_USER),
              env.get(ENV_AUTH),
              env.get(ENV_AUTH_PASS),
              env.get(ENV_PRIV),
              env.get(ENV_PRIV_PASS)));
    } else if (env.get(ENV_AUTH_PASS) != null || env.get(ENV_PRIV_PASS) != null) {
      throw new UsageException(
          "NETAUDIT_V3_AUTH_PASS/NETAUDIT_V3_PRIV_PASS are set but " + ENV_USER + " is not");
    }
    if (prompt && ask) {
      profiles.add(prompted(System.console()));
    }
    if (profiles.isEmpty()) {
      profiles.addAll(base.credentials()); // the default community
    }
    List<String> seen = new ArrayList<>();
    for (Credential c : profiles) {
      if (seen.contains(c.label())) {
        throw new UsageException("two credential profiles are labelled '" + c.label() + "'");
      }
      seen.add(c.label());
      c.secrets().forEach(secrets::register);
    }
    return base.withCredentials(profiles);
  }

  private static Credential prompted(Console console) {
    if (console == null) {
      throw new UsageException(
          "--credentials-prompt needs a terminal (use --credentials FILE in scripts)");
    }
    String user = console.readLine("SNMPv3 user: ");
    String auth =
        blankToNull(
            console.readLine(
                "auth protocol (MD5, SHA, SHA224, SHA256, SHA384, SHA512; empty = "
                    + "noAuthNoPriv): "));
    String authPass = null;
    String priv = null;
    String privPass = null;
    if (auth != null) {
      authPass = secret(console.readPassword("auth passphrase: "));
      priv =
          blankToNull(
              console.readLine(
                  "priv protocol ("
                      + io.netaudit.snmp.UsmCredential.Priv.names()
                      + "; empty = authNoPriv): "));
      if (priv != null) {
        privPass = secret(console.readPassword("priv passphrase: "));
      }
    }
    if (user == null || user.isBlank()) {
      throw new UsageException("--credentials-prompt: no user given");
    }
    return CredentialFile.usm(
        "--credentials-prompt", "prompt", user.strip(), auth, authPass, priv, privPass);
  }

  private static String secret(char[] chars) {
    if (chars == null) {
      return null;
    }
    String s = new String(chars);
    Arrays.fill(chars, '\0');
    return s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
