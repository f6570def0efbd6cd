package org.dateline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.dateline.bench.Corpus;
import org.dateline.bench.ExtractionEvaluation;
import org.dateline.bench.GeoEvaluation;
import org.dateline.bench.PubdateEvaluation;
import org.dateline.bench.NerEvaluation;
import org.dateline.bench.QuoteEvaluation;
import org.dateline.bench.Score;
import org.dateline.bench.Scoreboard;
import org.dateline.bench.SpeedBenchmark;
import org.dateline.bench.TimeEvaluation;
import org.dateline.bench.EventEvaluation;
import org.dateline.pipeline.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code dateline eval}: scores capabilities on the public benchmarks and writes eval-results.json. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score capabilities (ner, time, quotes, events, geo, extraction, pubdate, speed) on the public benchmarks; print Markdown tables "
                + "and write eval-results.json.")
final class EvalCommand implements Callable<Integer> {
    private static final Set<String> CAPABILITIES = Set.of("ner", "time", "quotes", "events", "geo", "extraction", "pubdate", "speed");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CAPABILITY", description = "ner, time, quotes, events, geo, extraction, pubdate, speed (default: all).")
    List<String> capabilities = new ArrayList<>();

    @Option(names = "--split", defaultValue = "test", description = "dev or test (default ${DEFAULT-VALUE}); train for quotes alone (PolNeAR has one).")
    String split;

    @Option(names = "--data", description = "Benchmarks folder (default: ../shared/benchmarks beside the project).")
    Path data;

    @Option(names = "--out", defaultValue = "eval-results.json", description = "Where to write the JSON results.")
    Path out;

    @Option(names = "--no-baseline", description = "Do not run CoreNLP's pipelines beside Dateline (speed, quotes).")
    boolean noBaseline;

    @Option(names = "--speed-n", defaultValue = "20", description = "Corpus articles for speed (default ${DEFAULT-VALUE}).")
    int speedN;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> wanted = capabilities.isEmpty() ? List.of("ner", "time", "quotes", "events", "geo", "extraction", "pubdate", "speed") : capabilities;
        for (String c : wanted) {
            if (!CAPABILITIES.contains(c)) {
                err.println("dateline: unknown capability '" + c + "' (valid: ner, time, quotes, events, geo, extraction, pubdate, speed)");
                return ExitCodes.USAGE;
            }
        }
        if (!split.equals("test") && !split.equals("dev") && !(split.equals("train") && wanted.equals(List.of("quotes")))) {
            err.println("dateline: --split must be dev or test (or train, for quotes alone)");
            return ExitCodes.USAGE;
        }
        Path benchmarks = data != null ? data : Projects.defaultBenchmarks();
        if (!Files.isDirectory(benchmarks)) {
            o.println("No benchmarks at " + benchmarks + "; skipped (give --data DIR).");
            o.flush();
            return ExitCodes.OK;
        }
        List<Score> scores = new ArrayList<>();
        for (String c : wanted) {
            switch (c) {
                case "ner" -> scores.addAll(onlySplit("ner", "test", () -> new NerEvaluation(Analyzer.shared()).run(benchmarks), o));
                case "time" -> scores.addAll(new TimeEvaluation(Analyzer.shared()).run(benchmarks));
                case "quotes" -> scores.addAll(new QuoteEvaluation(Analyzer.shared(), !noBaseline).run(benchmarks, split));
                case "events" -> scores.addAll(new EventEvaluation(Analyzer.shared()).run(benchmarks));
                case "geo" -> scores.addAll(new GeoEvaluation(Analyzer.shared()).run(benchmarks, o));
                case "extraction" -> scores.addAll(new ExtractionEvaluation().run(benchmarks));
                case "pubdate" -> scores.addAll(new PubdateEvaluation().run(benchmarks));
                case "speed" -> scores.addAll(speed(benchmarks));
                default -> throw new IllegalStateException(c);
            }
        }
        o.println(Scoreboard.markdown(scores));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), scores);
        o.println("Wrote " + scores.size() + " numbers to " + out);
        o.flush();
        return ExitCodes.OK;
    }

    private interface Eval {
        List<Score> run() throws IOException;
    }

    /** UNER English-PUD and TempEval-3 platinum have only a test split. */
    private List<Score> onlySplit(String capability, String available, Eval eval, PrintWriter o) throws IOException {
        if (!split.equals(available)) {
            o.println(capability + ": the benchmark has only a " + available + " split; skipped for --split " + split);
            return List.of();
        }
        return eval.run();
    }

    private List<Score> speed(Path benchmarks) throws IOException {
        Path corpus = benchmarks.resolveSibling("corpora/article-bias-prediction/articles.jsonl.gz");
        if (!Files.isReadable(corpus)) {
            spec.commandLine().getOut().println("speed: no corpus at " + corpus + "; skipped");
            return List.of();
        }
        SpeedBenchmark.Result r = SpeedBenchmark.run(Corpus.first(corpus, speedN + SpeedBenchmark.WARMUP),
                Runtime.getRuntime().availableProcessors(), !noBaseline);
        BenchCommand.print(r, corpus, spec.commandLine().getOut());
        return r.scores("article-bias-prediction");
    }
}
