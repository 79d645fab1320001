package io.netaudit.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * JSON Schema validation for the report formats' tests, offline: the JSON Lines v2 schema from
 * netaudit's own classpath, CycloneDX 1.6 from the official schemas that cyclonedx-core-java ships
 * (bom-1.6.schema.json refers to spdx.schema.json and jsf-0.82.schema.json by their cyclonedx.org
 * ids: those are mapped to the classpath, so nothing is fetched). Format keywords (date-time,
 * iri-reference, ...) are asserted, not just annotations.
 */
public final class JsonSchemas {
  private static final SchemaRegistryConfig ASSERT_FORMATS =
      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();

  private static final Schema REPORT_LINE =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              b ->
                  b.schemaRegistryConfig(ASSERT_FORMATS)
                      .schemaIdResolvers(
                          r -> r.mapPrefix("urn:netaudit:schema:", "classpath:netaudit/schema/")))
          .getSchema(SchemaLocation.of("classpath:netaudit/schema/netaudit-report-v2.schema.json"));

  private static final Schema CYCLONEDX_16 =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_7,
              b ->
                  b.schemaRegistryConfig(ASSERT_FORMATS)
                      .schemaIdResolvers(
                          r -> r.mapPrefix("http://cyclonedx.org/schema/", "classpath:")))
          .getSchema(SchemaLocation.of("http://cyclonedx.org/schema/bom-1.6.schema.json"));

  private JsonSchemas() {}

  /** The problems of one JSON Lines v2 line; empty when it is valid. */
  public static List<String> reportLineProblems(String line) {
    return messages(REPORT_LINE.validate(line, InputFormat.JSON));
  }

  /** The problems of a CycloneDX JSON document against the 1.6 schema; empty when valid. */
  public static List<String> cycloneDx16Problems(String bom) {
    return messages(CYCLONEDX_16.validate(bom, InputFormat.JSON));
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(Error::toString).toList();
  }
}
