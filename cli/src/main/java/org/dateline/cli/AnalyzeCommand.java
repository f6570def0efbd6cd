package org.dateline.cli;

import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadResult;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Metadata;
import org.dateline.model.Problem;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.ArticleJson;
import org.dateline.pipeline.BatchAnalyzer;
import org.dateline.pipeline.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code dateline analyze}: one brief (text) or JSON object per article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyze articles: plain text (first line is the headline), .json objects, "
                + ".jsonl(.gz) corpora, or - for standard input.")
final class AnalyzeCommand implements Callable<Integer> {
    private static final Set<String> UNUSABLE = Set.of("empty", "binary");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files, or - for standard input.")
    List<String> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date; anchors relative times (overrides the input's).")
    LocalDate published;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one JSON object per line).")
    Format format;

    @Option(names = "--threads", description = "Articles analyzed at once (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    private int analyzed;
    private int failed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("dateline: --threads must be at least 1");
            return ExitCodes.USAGE;
        }
        ArticleReader reader = new ArticleReader(Metadata.empty().withPublished(published));
        BatchAnalyzer batch = null;
        boolean ioFailed = false;
        for (String file : files) {
            try (InputStream in = open(file); Stream<ReadResult> items = reader.read(file, in)) {
                if (batch == null) {
                    batch = new BatchAnalyzer(Analyzer.shared(), threads);
                }
                batch.run(items, o -> emit(o, out, err));
            } catch (NoSuchFileException e) {
                err.println("dateline: cannot read " + file + ": no such file");
                ioFailed = true;
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("dateline: cannot read " + file + ": " + e.getMessage());
                ioFailed = true;
            }
            out.flush();
        }
        if (ioFailed) {
            return ExitCodes.IO;
        }
        if (failed == 0) {
            return ExitCodes.OK;
        }
        return analyzed > 0 ? ExitCodes.PARTIAL : ExitCodes.NOTHING_ANALYZED;
    }

    private static InputStream open(String file) throws IOException {
        if (file.equals("-")) {
            return System.in;
        }
        Path p = Path.of(file);
        if (Files.isDirectory(p)) {
            throw new IOException("is a directory");
        }
        return Files.newInputStream(p);
    }

    private void emit(Outcome outcome, PrintWriter out, PrintWriter err) {
        if (outcome instanceof Outcome.Failed f) {
            failed++;
            err.println("dateline: " + f.where() + ": " + f.problem().message());
            return;
        }
        AnalyzedArticle a = ((Outcome.Analyzed) outcome).article();
        Problem unusable = a.problems().stream().filter(p -> UNUSABLE.contains(p.kind())).findFirst().orElse(null);
        if (unusable != null) {
            failed++;
            err.println("dateline: " + a.article().id() + ": " + unusable.message());
            return;
        }
        analyzed++;
        if (format == Format.json) {
            out.println(ArticleJson.line(ArticleJson.of(a)));
        } else {
            out.print(Brief.of(a));
        }
    }
}
