package org.dateline.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders scores as Markdown: one table per capability with peers beside, then a summary. */
public final class Scoreboard {
    private static final List<String> HEADLINE = List.of("f1", "value.f1", "relaxed.f1", "articles_per_s.1_thread",
            "speedup_vs_corenlp_default", "quote_speaker.direct_mixed.f1", "corenlp_quote.quote_speaker.direct_mixed.f1",
            "source.exact.f1", "content.exact.f1", "cue.exact.f1", "exact.f1", "root.f1", "type.accuracy.first",
            "accuracy_161km", "exact_id", "accuracy");

    private Scoreboard() {
    }

    public static String markdown(List<Score> scores) {
        Map<String, List<Score>> byTable = new LinkedHashMap<>();
        scores.forEach(s -> byTable.computeIfAbsent(s.capability() + "\t" + s.dataset() + "\t" + s.split(),
                k -> new ArrayList<>()).add(s));
        StringBuilder sb = new StringBuilder();
        for (var e : byTable.entrySet()) {
            Score first = e.getValue().get(0);
            sb.append("## ").append(first.capability()).append(" (").append(first.dataset()).append(", ")
                    .append(first.split()).append(")\n\n| metric | Dateline | n | peers |\n|---|---:|---:|---|\n");
            for (Score s : e.getValue()) {
                sb.append(String.format(Locale.ROOT, "| %s | %.2f | %d | %s |%n", s.metric(), s.value(), s.n(),
                        peers(s.capability(), s.metric())));
            }
            sb.append('\n');
        }
        sb.append("## summary\n\n| capability | dataset | split | metric | Dateline | best peer |\n|---|---|---|---|---:|---|\n");
        for (Score s : scores) {
            if (HEADLINE.contains(s.metric())) {
                sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f | %s |%n", s.capability(), s.dataset(),
                        s.split(), s.metric(), s.value(), bestPeer(s.capability(), s.metric())));
            }
        }
        return sb.toString();
    }

    private static String peers(String capability, String metric) {
        StringBuilder sb = new StringBuilder();
        for (Peers.Peer p : Peers.ALL) {
            if (p.capability().equals(capability) && p.metric().equals(metric)) {
                sb.append(sb.isEmpty() ? "" : "; ").append(p.system()).append(' ')
                        .append(String.format(Locale.ROOT, "%.2f", p.value()));
            }
        }
        return sb.toString();
    }

    private static String bestPeer(String capability, String metric) {
        return Peers.ALL.stream().filter(p -> p.capability().equals(capability) && p.metric().equals(metric))
                .max((a, b) -> Double.compare(a.value(), b.value()))
                .map(p -> String.format(Locale.ROOT, "%s %.2f", p.system(), p.value())).orElse("");
    }
}
