package org.dateline.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The region steps of the gazetteer build, on a made-up country "XA" with four regions. */
class GazetteerBuildTest {
    @TempDir
    Path dir;

    private Path regions;
    private Path cities;
    private Path countries;

    private void write() throws IOException {
        regions = dir.resolve("regions.tsv");
        Files.write(regions, List.of(
                "# country\tcode\tname\tlat\tlon",
                "XA\tNO\tNorthland\t10.5000\t9.0000",       // point on one town, not the centre of its towns
                "XA\tSO\tSouthland\t0.5000\t10.5000",       // a big region whose point lies in empty land
                "XA\tEA\tEastland\t38.0000\t-97.0000",      // geocoded into another continent
                "XA\tWE\tWestland\t5.0000\t2.0000"), StandardCharsets.UTF_8);
        cities = dir.resolve("cities.tsv.gz");
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(cities)), StandardCharsets.UTF_8)) {
            w.write("# id\tname\tascii\talternates\tlat\tlon\tfeature\tcountry\tadmin1\tpopulation\n");
            int id = 1;
            // Northland: GeoNames calls it NO too; towns from 9 to 11 N, 8 to 12 E
            for (double[] p : new double[][]{{10, 10}, {9, 8}, {11, 12}, {10.5, 9}}) {
                w.write(town(id++, p, "NO"));
            }
            // Southland: GeoNames code 07, towns far from the region's point (more than 100 km)
            for (double[] p : new double[][]{{-3, 10}, {-4, 11}, {-3.5, 12}, {-4.5, 10.5}}) {
                w.write(town(id++, p, "07"));
            }
            // Eastland: code 05, towns far from anything but its misplaced point
            for (double[] p : new double[][]{{8, 14}, {8.5, 14.5}, {7.5, 13.5}}) {
                w.write(town(id++, p, "05"));
            }
            // Westland: code 03, towns around its point
            for (double[] p : new double[][]{{5, 2}, {5.1, 2.1}, {4.9, 1.9}}) {
                w.write(town(id++, p, "03"));
            }
        }
        countries = dir.resolve("country-points.tsv");
        Files.write(countries, List.of("# iso2\tlat\tlon", "XA\t5.0000\t10.0000"), StandardCharsets.UTF_8);
    }

    private static String town(int id, double[] p, String admin1) {
        return id + "\tTown" + id + "\t\t\t" + p[0] + "\t" + p[1] + "\tPPL\tXA\t" + admin1 + "\t1000\n";
    }

    @Test
    void codesAreNamedByNearbyTownsOrByMutualNearestPairingAndPointsMoveToTheirTowns() throws IOException {
        write();
        Path names = dir.resolve("admin1-names.tsv");
        GazetteerBuild.admin1Names(regions, cities, names);
        List<String> named = Files.readAllLines(names, StandardCharsets.UTF_8);
        assertTrue(named.contains("XA\t03\tWestland"), named.toString());
        assertTrue(named.contains("XA\t07\tSouthland"), "paired although its point is far from its towns: " + named);
        assertTrue(named.stream().noneMatch(l -> l.endsWith("Eastland")), named.toString());

        int moved = GazetteerBuild.regionPoints(regions, cities, names, countries);
        List<String> rows = Files.readAllLines(regions, StandardCharsets.UTF_8);
        assertEquals(3, moved, rows.toString());
        assertTrue(rows.contains("XA\tNO\tNorthland\t10.0000\t10.0000"), "the centre of its towns' box: " + rows);
        assertTrue(rows.contains("XA\tSO\tSouthland\t-3.7500\t11.0000"), rows.toString());
        assertTrue(rows.contains("XA\tEA\tEastland\t5.0000\t10.0000"), "misplaced: the country's centre: " + rows);
        assertTrue(rows.contains("XA\tWE\tWestland\t5.0000\t2.0000"), "already there: " + rows);
        assertTrue(rows.get(0).contains("re-centred"), rows.get(0));
    }
}
