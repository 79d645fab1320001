package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Runs the identifier over the shared LibreNMS recordings (test input only; never shipped). Skipped when
 * {@code ../shared/corpus/librenms/index.csv} is absent. Prints the figure; asserts only that no restricted maker is
 * assigned to a recording whose index vendor is a compliant one.
 */
class CorpusIdentificationTest {

    private static final Path INDEX = Path.of("../shared/corpus/librenms/index.csv");
    /** Makers the advisories name (restricted); review makers are reported but not asserted on. */
    private static final Set<String> RESTRICTED = Set.of("huawei", "zte", "hikvision", "dahua", "hytera", "kaspersky",
            "dji", "autel-robotics", "china-mobile", "china-telecom", "china-unicom", "pacific-network");

    @Test
    void corpusFigure() throws Exception {
        assumeTrue(Files.isRegularFile(INDEX), "shared corpus not present");
        Identifier identifier = new Identifier(VendorCatalogue.loadBundled());
        int flagged = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(INDEX, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                String status = rec.get("expected_status");
                String[] sys = system(INDEX.resolveSibling(rec.get("file")));
                Identification id = identifier.identify(sys[0], sys[1]);
                String got = id.vendor().map(Vendor::id).orElse("-");
                if (!id.conflicts().isEmpty()) {
                    conflicts.add(rec.get("file") + " -> " + id.namedVendors().stream().map(Vendor::id).toList());
                }
                if (status.equals("restricted") || status.equals("review")) {
                    total++;
                    if (id.vendor().isPresent()) {
                        flagged++;
                    } else {
                        misses.add(rec.get("file"));
                    }
                } else if (status.equals("compliant")) {
                    if (id.namedVendors().stream().anyMatch(v -> RESTRICTED.contains(v.id()))) {
                        falseAlarms.add(rec.get("file") + " (" + rec.get("vendor") + ") -> " + got);
                    }
                }
            }
        }
        System.out.printf("corpus: %d of %d restricted/review recordings identified from sysDescr+sysObjectID;"
                + " unidentified: %s%n", flagged, total, misses);
        System.out.printf("corpus: %d recordings with conflicting definitive signals: %s%n", conflicts.size(), conflicts);
        assertThat(falseAlarms).as("restricted maker named on a compliant recording").isEmpty();
    }

    /** sysDescr and sysObjectID of one snmprec file ({@code OID|TAG|VALUE}, tag 4x = hex). */
    private static String[] system(Path file) throws IOException {
        String descr = null;
        String oid = null;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String[] p = line.split("\\|", 3);
            if (p.length < 3) {
                continue;
            }
            if (p[0].equals("1.3.6.1.2.1.1.1.0")) {
                byte[] raw = p[1].equals("4x") ? HexFormat.of().parseHex(p[2].strip())
                        : p[2].getBytes(StandardCharsets.ISO_8859_1);
                descr = DeviceText.decode(raw);
            } else if (p[0].equals("1.3.6.1.2.1.1.2.0")) {
                oid = p[2];
            }
        }
        return new String[] {descr, oid};
    }
}
