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
 * accuracy, mean error; and what the shipped gazetteer cannot cover.
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
        int total = 0;
        int found = 0;
        int recognized = 0;
        int within = 0;
        int withId = 0;
        int exact = 0;
        int idInGazetteer = 0;
        int countryN = 0;
        int countryRight = 0;
        double errorSum = 0;
        int unresolved = 0;
        NodeList articles = doc.getElementsByTagName("article");
        for (int i = 0; i < articles.getLength(); i++) {
            Element a = (Element) articles.item(i);
            String text = child(a, "text");
            Article article = new Article("gwn-" + a.getAttribute("file"), "", text, List.of(), Metadata.empty(),
                    List.of(), List.of());
            AnalyzedArticle analyzed = analyzer.analyzeClean(article);
            for (Gold g : gold(a, text)) {
                total++;
                Optional<Place> ours = at(analyzed.places(), g);
                if (ours.isPresent()) {
                    recognized++;
                } else {
                    ours = resolveAlone(analyzed, g);
                }
                Optional<String> goldCountry = goldCountry(gazetteer, g);
                if (g.geonameId() != null) {
                    withId++;
                    if (gazetteer.byId(g.geonameId()).isPresent()) {
                        idInGazetteer++;
                    }
                }
                if (DEBUG) {
                    System.err.printf("GEO\t%s\t%s\t%s\t%s%n", g.name(), ours.map(p -> p.name() + "/" + p.countryCode() + "/" + p.feature()).orElse("-"),
                            ours.map(p -> String.format("%.0f", PlaceResolver.kilometres(p.lat(), p.lon(), g.lat(), g.lon()))).orElse("-"), g.geonameId());
                }
                if (ours.isEmpty()) {
                    unresolved++;
                    if (goldCountry.isPresent()) {
                        countryN++;
                    }
                    continue;
                }
                found++;
                Place p = ours.get();
                double km = PlaceResolver.kilometres(p.lat(), p.lon(), g.lat(), g.lon());
                errorSum += km;
                if (km <= MILES_100) {
                    within++;
                }
                if (g.geonameId() != null && g.geonameId().equals(p.geonameId())) {
                    exact++;
                }
                if (goldCountry.isPresent()) {
                    countryN++;
                    if (goldCountry.get().equals(p.countryCode())) {
                        countryRight++;
                    }
                }
            }
        }
        log.printf("geo: %d gold mentions with coordinates; our recognizer found %d; %d have no gazetteer reading;"
                        + " %d of %d gold GeoNames ids are in the shipped data (the rest are regions, most"
                        + " countries, streets, buildings and places under 500 people)%n",
                total, recognized, unresolved, idInGazetteer, withId);
        List<Score> scores = new ArrayList<>();
        scores.add(score("accuracy_161km", pct(within, total), total));
        scores.add(score("exact_id", pct(exact, withId), withId));
        scores.add(score("country_accuracy", pct(countryRight, countryN), countryN));
        scores.add(score("mean_error_km", found == 0 ? 0 : errorSum / found, found));
        scores.add(score("recognized", pct(recognized, total), total));
        scores.add(score("resolved", pct(found, total), total));
        scores.add(score("gold_ids_in_gazetteer", pct(idInGazetteer, withId), withId));
        return scores;
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

    private static Score score(String metric, double value, int n) {
        return new Score("geo", DATASET, "test", metric, value, n);
    }
}
