package org.dateline.pipeline;

import org.dateline.extract.entity.Countries;
import org.dateline.extract.entity.EntityClusterer;
import org.dateline.extract.event.EventExtractor;
import org.dateline.extract.event.PlaceActorCodes;
import org.dateline.extract.place.Gazetteer;
import org.dateline.extract.place.PlaceCountries;
import org.dateline.extract.place.PlaceResolver;
import org.dateline.extract.quote.QuoteExtractor;
import org.dateline.extract.time.DateInferrer;
import org.dateline.extract.time.TimeFilter;
import org.dateline.extract.time.TimeAnchor;
import org.dateline.extract.time.TimeNormalizer;
import org.dateline.extract.time.YearParts;
import org.dateline.ingest.CleanerOptions;
import org.dateline.ingest.ResidueCleaner;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateInference;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.ParsedArticle;
import org.dateline.model.Place;
import org.dateline.model.Problem;
import org.dateline.model.Quote;
import org.dateline.model.RawArticle;
import org.dateline.model.TimeExpression;
import org.dateline.nlp.CoreNlpParser;
import org.dateline.nlp.NlpOptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Analyzes one article end to end. Holds the loaded models; construct once per JVM (see
 * {@link #shared()}) and call {@link #analyze} from any number of threads.
 */
public final class Analyzer {
    private static final Set<String> UNANALYZABLE = Set.of("empty", "binary");
    private static volatile Analyzer shared;

    private final ResidueCleaner cleaner;
    private final CoreNlpParser parser;
    private final TimeFilter timeFilter;
    private final TimeNormalizer timeNormalizer;
    private final YearParts yearParts = new YearParts();
    private final TimeAnchor timeAnchor = new TimeAnchor();
    private final DateInferrer dateInferrer = new DateInferrer();
    private final java.time.Clock today = java.time.Clock.systemUTC();
    private final EntityClusterer clusterer;
    private final QuoteExtractor quotes;
    private final EventExtractor events;
    private final PlaceResolver places;
    private final PlaceActorCodes placeCodes;
    private final PlaceCountries placeCountries;
    private final StageClock clock = new StageClock();

    public Analyzer(CleanerOptions cleaning, NlpOptions nlp) {
        this.cleaner = new ResidueCleaner(cleaning);
        this.parser = new CoreNlpParser(nlp);
        this.timeFilter = new TimeFilter();
        this.timeNormalizer = new TimeNormalizer();
        this.clusterer = new EntityClusterer(Countries.shared());
        this.quotes = new QuoteExtractor();
        this.events = new EventExtractor();
        this.places = new PlaceResolver(Gazetteer.shared(), Countries.shared());
        this.placeCodes = new PlaceActorCodes(Countries.shared());
        this.placeCountries = new PlaceCountries(Countries.shared());
    }

    /** The JVM's one analyzer with default options, loaded on first use. */
    public static Analyzer shared() {
        Analyzer a = shared;
        if (a == null) {
            synchronized (Analyzer.class) {
                a = shared;
                if (a == null) {
                    a = new Analyzer(CleanerOptions.defaults(), NlpOptions.fast().parsingOnly(parseTriggers()));
                    shared = a;
                }
            }
        }
        return a;
    }

    /** Lemmas of the sentences whose dependency trees the extractors read (quote cues, event verbs). */
    public static Set<String> parseTriggers() {
        Set<String> all = new java.util.HashSet<>(QuoteExtractor.parseTriggers());
        all.addAll(EventExtractor.parseTriggers());
        return Set.copyOf(all);
    }

    public AnalyzedArticle analyze(RawArticle raw) {
        return analyzeClean(timed("clean", () -> cleaner.clean(raw)));
    }

    /**
     * Analyzes an article whose text is already clean, keeping its text as it is, so that
     * offsets can be compared with gold annotations on that exact text (evaluation).
     */
    public AnalyzedArticle analyzeClean(Article article) {
        return analyzeClean(article, false);
    }

    /**
     * Like {@link #analyzeClean(Article)}; with {@code parseEverySentence} the dependency parser
     * reads every sentence, not only those the extractors' trigger words select (for benchmark
     * sentences coded with other dictionaries). Same loaded models, no second copy.
     */
    public AnalyzedArticle analyzeClean(Article article, boolean parseEverySentence) {
        if (article.problems().stream().anyMatch(p -> UNANALYZABLE.contains(p.kind()))) {
            return new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                    article.problems());
        }
        ParsedArticle first = timed("nlp", () -> parser.parse(article, parseEverySentence));
        DateInference inferred = article.metadata().published() != null ? null
                : timed("pubdate", () -> dateInferrer.infer(first, LocalDate.now(today)).orElse(null));
        // An inferred date anchors the times as a given one would: parse again against it.
        ParsedArticle parsed = inferred == null ? first : timed("nlp", () -> parser.parse(new Article(article.id(),
                article.title(), article.text(), article.paragraphs(), article.metadata().withPublished(inferred.date()),
                article.removed(), article.problems()), parseEverySentence));
        List<Problem> problems = new ArrayList<>(article.problems());
        List<TimeExpression> times = guarded("times", problems, List.of(), () -> timeAnchor.anchor(parsed,
                yearParts.find(parsed, timeNormalizer.normalize(parsed, timeFilter.filter(parsed)))));
        List<Entity> entities = guarded("entities", problems, List.of(), () -> clusterer.cluster(parsed));
        List<Quote> found = guarded("quotes", problems, List.of(), () -> quotes.extract(parsed, entities));
        List<Event> coded = guarded("events", problems, List.of(), () -> events.extract(parsed, entities, found, times));
        List<Place> resolved = guarded("places", problems, List.of(), () -> places.resolve(entities, found, coded));
        // the resolved places give entities and event actors their countries (timed with the places)
        List<Event> located = guarded("places", problems, coded, () -> placeCodes.apply(coded, resolved));
        List<Entity> placedEntities = guarded("places", problems, entities, () -> placeCountries.apply(entities, resolved));
        if (inferred != null) {
            problems.add(new Problem("inferred-date", "no publication date given; inferred " + inferred.date()
                    + " (confidence " + inferred.confidence() + ") from " + String.join(", ", inferred.evidence())));
        } else if (article.metadata().published() == null) {
            problems.add(new Problem("no-date", "no publication date given; relative times are left unanchored"));
        }
        return new AnalyzedArticle(article, parsed.sentences(), placedEntities, found, times, located, resolved, inferred,
                problems);
    }

    /** Time spent per stage since this analyzer was built. */
    public StageClock clock() {
        return clock;
    }

    /**
     * A stage after parsing, timed; a defect of ours that throws on one article costs that article
     * this stage's facts, recorded as a {@code stage-failed} problem, not the article or the batch.
     */
    private <T> T guarded(String stage, List<Problem> problems, T fallback, Supplier<T> work) {
        try {
            return timed(stage, work);
        } catch (RuntimeException e) {
            problems.add(new Problem("stage-failed", stage + " failed on this article (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); its " + stage + " are left out"));
            return fallback;
        }
    }

    private <T> T timed(String stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        clock.add(stage, System.nanoTime() - t0);
        return result;
    }
}
