package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.Credential;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.UsmCredential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialFileTest {
  @Test
  void theExampleFileParsesWithEveryKey() throws Exception {
    List<Credential> profiles =
        CredentialFile.parse(
            "credentials.example", Files.readAllLines(Path.of("examples", "credentials.example")));
    assertThat(profiles)
        .extracting(Credential::label)
        .containsExactly(
            "core-v3", "cisco-aes256", "monitoring-authonly", "legacy-v2c", "old-printers");
    UsmCredential core = (UsmCredential) profiles.get(0);
    assertThat(core.auth()).isEqualTo(UsmCredential.Auth.SHA256);
    assertThat(core.priv()).isEqualTo(UsmCredential.Priv.AES128);
    assertThat(core.levelName()).isEqualTo("authPriv");
    assertThat(((UsmCredential) profiles.get(1)).priv())
        .isEqualTo(UsmCredential.Priv.AES256_3DESKEY);
    assertThat(((UsmCredential) profiles.get(2)).levelName()).isEqualTo("authNoPriv");
    assertThat(((Community) profiles.get(3)).version()).isEqualTo(SnmpVersion.V2C);
    assertThat(((Community) profiles.get(4)).version()).isEqualTo(SnmpVersion.V1);
    assertThat(profiles.toString()).doesNotContain("change-me");
  }

  @Test
  void headersAndEntriesMayEndInAComment() {
    List<Credential> profiles =
        CredentialFile.parse(
            "creds.conf",
            List.of(
                "[core-v3]                 # tried first",
                "version   = 3",
                "user      = auditor",
                "auth      = SHA256        # MD5, SHA, SHA224, SHA256, SHA384, SHA512",
                "auth-pass = \"pass #word 1\" # quoted: the hash is kept",
                "",
                "[legacy]                  # then this",
                "version   = 2c            # 1 or 2c",
                "community = n0c#read"));
    assertThat(profiles).extracting(Credential::label).containsExactly("core-v3", "legacy");
    UsmCredential core = (UsmCredential) profiles.get(0);
    assertThat(core.auth()).isEqualTo(UsmCredential.Auth.SHA256);
    assertThat(new String(core.secrets().get(0), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("pass #word 1");
    Community legacy = (Community) profiles.get(1);
    assertThat(legacy.version()).isEqualTo(SnmpVersion.V2C);
    assertThat(new String(legacy.secrets().get(0), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("n0c#read");
  }

  @Test
  void everyProtocolNameIsKnown() {
    for (String a :
        List.of("MD5", "SHA", "SHA1", "SHA-1", "SHA224", "SHA256", "SHA384", "SHA512", "sha-512")) {
      assertThat(UsmCredential.Auth.parse(a)).as(a).isNotNull();
    }
    for (String p :
        List.of(
            "DES",
            "3DES",
            "AES",
            "AES128",
            "AES192",
            "AES256",
            "AES192-3DESKEY",
            "AES256-3DESKEY",
            "aes256c")) {
      assertThat(UsmCredential.Priv.parse(p)).as(p).isNotNull();
    }
  }
}
