package org.dateline.bench;

import org.dateline.extract.entity.Countries;
import org.dateline.extract.place.Gazetteer;
import org.dateline.extract.place.PlaceResolver;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Metadata;
import org.dateline.model.Place;
import org.dateline.pipeline.Analyzer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Toponym resolution on GeoWebNews ({@code geo/SOURCE.md}): every article is analyzed as it is;
 * each gold mention with coordinates is resolved by the place our pipeline found at that span, or,
 * when our recognizer missed it, by resolving the gold surface form in the article's context (the
 * protocol of resolution on given mentions). Scores: accuracy@161 km, exact GeoNames id, country
 * accuracy, mean error; and what the shipped gazetteer cannot cover. Articles are halved by
 * {@link Halves} ({@code -Ddateline.geo.debug=true} lists the dev half's mentions on stderr).
 */
public final class GeoEvaluation {
    private static final String DATASET = "geowebnews";
    private static final double MILES_100 = 161;
    private static final boolean DEBUG = Boolean.getBoolean("dateline.geo.debug");

    private final Analyzer analyzer;
    private final PlaceResolver resolver = new PlaceResolver(Gazetteer.shared(), Countries.shared());

    public GeoEvaluation(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One gold mention with coordinates. */
    private record Gold(String name, int start, int end, Long geonameId, double lat, double lon) {
    }

    public List<Score> run(Path benchmarks, PrintWriter log) throws IOException {
        Path file = benchmarks.resolve("geo/GWN.xml");
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        Gazetteer gazetteer = Gazetteer.shared();
        java.util.Map<String, Counts> bySplit = new java.util.LinkedHashMap<>();
        Halves.SPLITS.forEach(sp -> bySplit.put(sp, new Counts()));
        NodeList articles = doc.getElementsByTagName("article");
        for (int i = 0; i < articles.getLength(); i++) {
            Element a = (Element) articles.item(i);
            String split = Halves.of(a.getAttribute("file"));
            String text = child(a, "text");
            Article article = new Article("gwn-" + a.getAttribute("file"), "", text, List.of(), Metadata.empty(),
                    List.of(), List.of());
            AnalyzedArticle analyzed = analyzer.analyzeClean(article);
            for (Gold g : gold(a, text)) {
                Optional<Place> ours = at(analyzed.places(), g);
                boolean recognized = ours.isPresent();
                if (!recognized) {
                    ours = resolveAlone(analyzed, g);
                }
                Optional<String> goldCountry = goldCountry(gazetteer, g);
                boolean inGazetteer = g.geonameId() != null && gazetteer.byId(g.geonameId()).isPresent();
                if (DEBUG && split.equals("dev")) {
                    double km = ours.map(p -> PlaceResolver.kilometres(p.lat(), p.lon(), g.lat(), g.lon())).orElse(-1.0);
                    System.err.printf("GEO\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", km >= 0 && km <= MILES_100 ? "ok" : "BAD", g.name(),
                            ours.map(p -> p.name() + "/" + p.countryCode() + "/" + p.feature() + "/" + p.geonameId()).orElse("-"),
                            km < 0 ? "-" : String.format("%.0f", km), g.geonameId() + (inGazetteer ? "" : "(not in gazetteer)"),
                            recognized ? "recognized" : "given",
                            text.substring(Math.max(0, g.start() - 60), Math.min(text.length(), g.end() + 40)).replace('\n', ' '));
                }
                for (String key : List.of(split, "all")) {
                    bySplit.get(key).add(g, ours, recognized, goldCountry, inGazetteer);
                }
            }
        }
        Counts all = bySplit.get("all");
        log.printf("geo: %d gold mentions with coordinates; our recognizer found %d; %d have no gazetteer reading;"
                        + " %d of %d gold GeoNames ids are in the shipped data (the rest are regions, most"
                        + " countries, streets, buildings and places under 500 people)%n",
                all.total, all.recognized, all.unresolved, all.idInGazetteer, all.withId);
        List<Score> scores = new ArrayList<>();
        bySplit.forEach((split, c) -> {
            scores.add(score(split, "accuracy_161km", pct(c.within, c.total), c.total));
            scores.add(score(split, "exact_id", pct(c.exact, c.withId), c.withId));
            scores.add(score(split, "country_accuracy", pct(c.countryRight, c.countryN), c.countryN));
            scores.add(score(split, "mean_error_km", c.found == 0 ? 0 : c.errorSum / c.found, c.found));
            scores.add(score(split, "recognized", pct(c.recognized, c.total), c.total));
            scores.add(score(split, "resolved", pct(c.found, c.total), c.total));
            scores.add(score(split, "gold_ids_in_gazetteer", pct(c.idInGazetteer, c.withId), c.withId));
        });
        return scores;
    }

    /** Tallies of one split. */
    private static final class Counts {
        int total;
        int found;
        int recognized;
        int within;
        int withId;
        int exact;
        int idInGazetteer;
        int countryN;
        int countryRight;
        int unresolved;
        double errorSum;

        void add(Gold g, Optional<Place> ours, boolean wasRecognized, Optional<String> goldCountry, boolean inGazetteer) {
            total++;
            recognized += wasRecognized ? 1 : 0;
            if (g.geonameId() != null) {
                withId++;
                idInGazetteer += inGazetteer ? 1 : 0;
            }
            if (goldCountry.isPresent()) {
                countryN++;
            }
            if (ours.isEmpty()) {
                unresolved++;
                return;
            }
            found++;
            Place p = ours.get();
            double km = PlaceResolver.kilometres(p.lat(), p.lon(), g.lat(), g.lon());
            errorSum += km;
            within += km <= MILES_100 ? 1 : 0;
            exact += g.geonameId() != null && g.geonameId().equals(p.geonameId()) ? 1 : 0;
            countryRight += goldCountry.isPresent() && goldCountry.get().equals(p.countryCode()) ? 1 : 0;
        }
    }

    private Optional<Place> at(List<Place> places, Gold g) {
        for (Place p : places) {
            for (Mention m : p.mentions()) {
                if (m.kind() == MentionKind.NAME && m.start() < g.end() && g.start() < m.end()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Resolves the gold surface form as one more place name of the article. */
    private Optional<Place> resolveAlone(AnalyzedArticle analyzed, Gold g) {
        List<Entity> entities = new ArrayList<>(analyzed.entities());
        entities.add(new Entity("GOLD", g.name(), EntityType.LOCATION, null, null, null,
                List.of(new Mention(g.start(), g.end(), g.name(), MentionKind.NAME))));
        return resolver.resolve(entities, analyzed.quotes(), analyzed.events()).stream()
                .filter(p -> p.entities().contains("GOLD")).findFirst();
    }

    /** The gold country: that of the gold GeoNames id, where the gazetteer has it. */
    private static Optional<String> goldCountry(Gazetteer gazetteer, Gold g) {
        if (g.geonameId() != null) {
            Optional<Gazetteer.Entry> e = gazetteer.byId(g.geonameId());
            if (e.isPresent() && !e.get().countryCode().isEmpty()) {
                return Optional.of(e.get().countryCode());
            }
        }
        return Optional.empty();
    }

    private static List<Gold> gold(Element article, String text) {
        List<Gold> out = new ArrayList<>();
        NodeList toponyms = article.getElementsByTagName("toponym");
        for (int j = 0; j < toponyms.getLength(); j++) {
            Element t = (Element) toponyms.item(j);
            String lat = child(t, "latitude");
            String lon = child(t, "longitude");
            if (lat.isBlank() || lon.isBlank()) {
                continue;
            }
            String name = child(t, "extractedName");
            int start = Integer.parseInt(child(t, "start").strip());
            int end = Integer.parseInt(child(t, "end").strip());
            if (start < 0 || end > text.length() || start > end || !text.substring(start, end).equals(name)) {
                continue; // misaligned offsets (SOURCE.md names 5)
            }
            String id = child(t, "geonamesID").strip();
            out.add(new Gold(name, start, end, id.isEmpty() ? null : Long.valueOf(id),
                    Double.parseDouble(lat.strip()), Double.parseDouble(lon.strip())));
        }
        return out;
    }

    private static String child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent();
    }

    private static double pct(int k, int n) {
        return n == 0 ? 0 : 100.0 * k / n;
    }

    private static Score score(String split, String metric, double value, int n) {
        return new Score("geo", DATASET, split, metric, value, n);
    }
}
