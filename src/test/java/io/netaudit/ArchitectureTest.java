package io.netaudit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The allowed dependencies between netaudit's packages and the one home of each library (the
 * picture is in docs/architecture.md). Every package must be listed here: a new package is placed
 * on purpose, not by accident. The layers, top to bottom: cli (composition root) → audit (the
 * pipeline) → policy, identify, scan, diff, store → snmp, report, target, text, secrets (and the
 * simulated agents of agent/demo, used by the demo and the tests).
 */
class ArchitectureTest {
  private static final String BASE = "io.netaudit";

  /** Each package and the project packages it may depend on (besides itself). */
  private static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

  static {
    MAY_USE.put(
        "cli",
        Set.of(
            "audit",
            "policy",
            "identify",
            "scan",
            "diff",
            "snmp",
            "report",
            "target",
            "text",
            "secrets",
            "store",
            "agent",
            "demo"));
    MAY_USE.put("audit", Set.of("policy", "identify", "scan", "snmp", "report", "target", "text"));
    MAY_USE.put("policy", Set.of("identify", "snmp", "report", "text"));
    MAY_USE.put("identify", Set.of("snmp", "text"));
    MAY_USE.put("scan", Set.of("snmp"));
    MAY_USE.put("diff", Set.of("report", "text"));
    MAY_USE.put("demo", Set.of("agent", "snmp"));
    MAY_USE.put("agent", Set.of("snmp"));
    MAY_USE.put("snmp", Set.of());
    MAY_USE.put("store", Set.of("report", "text"));
    MAY_USE.put("report", Set.of("text"));
    MAY_USE.put("target", Set.of());
    MAY_USE.put("text", Set.of());
    MAY_USE.put("secrets", Set.of());
  }

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void everyPackageIsPlaced() {
    Set<String> found = new TreeSet<>();
    for (JavaClass c : main) {
      String pkg = c.getPackageName();
      if (pkg.startsWith(BASE + ".")) {
        found.add(pkg.substring(BASE.length() + 1).split("\\.")[0]);
      }
    }
    assertThat(MAY_USE.keySet())
        .as("every package of src/main has its line in ArchitectureTest.MAY_USE")
        .containsAll(found);
  }

  @TestFactory
  List<DynamicTest> eachPackageUsesOnlyThePackagesBelowIt() {
    return MAY_USE.entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey() + " uses only " + e.getValue(),
                    () -> {
                      List<String> others =
                          MAY_USE.keySet().stream()
                              .filter(p -> !p.equals(e.getKey()) && !e.getValue().contains(p))
                              .map(p -> BASE + "." + p + "..")
                              .toList();
                      noClasses()
                          .that()
                          .resideInAPackage(BASE + "." + e.getKey() + "..")
                          .should()
                          .dependOnClassesThat()
                          .resideInAnyPackage(others.toArray(String[]::new))
                          .check(main);
                    }))
        .toList();
  }

  @Test
  void nothingButMainUsesTheCommandLine() {
    classes()
        .that()
        .resideInAPackage(BASE + ".cli..")
        .should()
        .onlyHaveDependentClassesThat()
        .resideInAnyPackage(BASE + ".cli..", BASE)
        .check(main);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(main);
  }

  @Test
  void snmp4jOnlyInTheSnmpAdapters() {
    // scan talks to devices, agent simulates them, snmp holds the SNMPv3 protocol catalogue,
    // demo describes the simulated network it starts.
    noClasses()
        .that()
        .resideOutsideOfPackages(
            BASE + ".scan..", BASE + ".agent..", BASE + ".snmp..", BASE + ".demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.snmp4j..")
        .check(main);
  }

  @Test
  void theDatabasesOnlyInTheStore() {
    // JDBC is the store's; Flyway and the drivers are its libraries (the CLI only names a URL).
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.flywaydb..", "org.sqlite..", "org.postgresql..", "java.sql..")
        .check(main);
  }

  @Test
  void picocliOnlyInTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(main);
  }

  @Test
  void logbackOnlyWhereLoggingIsConfiguredOrMasked() {
    noClasses()
        .that()
        .resideOutsideOfPackages(BASE + ".cli..", BASE + ".secrets..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("ch.qos.logback..")
        .check(main);
  }
}
