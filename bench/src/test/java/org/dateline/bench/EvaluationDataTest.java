package org.dateline.bench;

import org.dateline.pipeline.Analyzer;
import org.dateline.testkit.Articles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the time evaluation on the shared TempEval-3 data when it is there; skipped otherwise. */
class EvaluationDataTest {
    @Test
    void time_evaluation_reads_every_gold_timex_and_scores_above_sutime_alone() throws IOException {
        Path shared = Articles.shared();
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared.resolve("benchmarks/tempeval3")),
                "../shared/benchmarks/tempeval3 absent");
        List<Score> scores = new TimeEvaluation(Analyzer.shared()).run(shared.resolve("benchmarks"));
        Score relaxed = scores.stream().filter(s -> s.metric().equals("relaxed.f1") && s.split().equals("all")).findFirst()
                .orElseThrow();
        assertTrue(relaxed.n() == 138, "TempEval-3 platinum has 138 timexes, read " + relaxed.n());
        int halves = scores.stream().filter(s -> s.metric().equals("relaxed.f1") && !s.split().equals("all"))
                .mapToInt(Score::n).sum();
        assertTrue(halves == 138, "the dev and test halves share out every timex, got " + halves);
        assertTrue(relaxed.value() > 80, "relaxed F1 " + relaxed.value());
    }
}
