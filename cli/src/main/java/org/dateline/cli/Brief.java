package org.dateline.cli;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.Place;
import org.dateline.model.PlaceRole;
import org.dateline.model.Problem;
import org.dateline.model.Quote;
import org.dateline.model.Removal;
import org.dateline.model.TimeExpression;

import java.util.stream.Collectors;

/** The readable text brief of one analyzed article. */
final class Brief {
    private Brief() {
    }

    static String of(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        StringBuilder sb = new StringBuilder();
        sb.append(a.title().isEmpty() ? "(untitled)" : a.title()).append('\n');
        sb.append("Published ").append(a.metadata().published() == null ? "unknown" : a.metadata().published());
        if (a.metadata().source() != null) {
            sb.append(" | ").append(a.metadata().source());
        }
        if (a.metadata().url() != null) {
            sb.append(" | ").append(a.metadata().url());
        }
        sb.append('\n').append(a.paragraphs().size()).append(" paragraphs, ")
                .append(analyzed.sentences().size()).append(" sentences");
        if (!a.removed().isEmpty()) {
            sb.append("; removed ").append(a.removed().stream().map(Removal::kind).distinct()
                    .collect(Collectors.joining(", ")));
        }
        sb.append("\n\nEntities\n");
        for (Entity e : analyzed.entities()) {
            sb.append(String.format("  %-4s %-12s %s", e.id(), e.type(), e.name()));
            if (e.title() != null) {
                sb.append(", ").append(e.title());
            }
            if (e.actorCode() != null) {
                sb.append(" [").append(e.actorCode()).append(']');
            } else if (e.country() != null) {
                sb.append(" [").append(e.country()).append(']');
            }
            sb.append(" (").append(e.mentions().size()).append(": ")
                    .append(e.mentions().stream().map(Mention::text).distinct().collect(Collectors.joining(" | ")))
                    .append(")\n");
        }
        sb.append("\nQuotes\n");
        int n = 0;
        for (Quote q : analyzed.quotes()) {
            String who = q.speaker() == null ? "-" : q.speaker().name();
            String quoted = q.text().length() > 70 ? q.text().substring(0, 67) + "..." : q.text();
            sb.append(String.format("  %2d %-8s %-28s %s%n", ++n, q.kind().name().toLowerCase(java.util.Locale.ROOT),
                    who.length() > 28 ? who.substring(0, 28) : who, quoted));
        }
        sb.append("\nTimes\n");
        for (TimeExpression t : analyzed.times()) {
            sb.append(String.format("  %-22s %-8s %s%n", t.text(), t.type(), t.value()));
        }
        sb.append("\nEvents\n");
        for (Event e : analyzed.events()) {
            sb.append(String.format("  %-9s %-4s %-12s %s -> %s  %s%s%s%n", e.type() == null ? "-" : e.type(), e.cameo(),
                    e.status().name().toLowerCase(java.util.Locale.ROOT), names(e.actors()), names(e.recipients()),
                    e.when().value() == null ? "" : e.when().value() + (e.when().fromPublication() ? " (published)" : ""),
                    e.where() == null ? "" : " in " + e.where().text(), " \"" + e.trigger().text() + "\""));
        }
        sb.append("\nPlaces\n");
        for (Place p : analyzed.places()) {
            sb.append(String.format(java.util.Locale.ROOT, "  %-22s %-9s %-4s %-2s %8.4f %9.4f %s%s%s%n", p.name(),
                    p.geonameId() == null ? "-" : p.geonameId(), p.feature(), p.countryCode() == null ? "-" : p.countryCode(),
                    p.lat(), p.lon(), p.mentions().size() + " mention" + (p.mentions().size() == 1 ? "" : "s"),
                    p.role() == PlaceRole.GOVERNMENT_METONYM ? ", as government" : "",
                    p.within() == null ? "" : ", within " + p.within()));
        }
        if (!analyzed.problems().isEmpty()) {
            sb.append("\nProblems\n");
            for (Problem p : analyzed.problems()) {
                sb.append("  ").append(p.kind()).append(": ").append(p.message()).append('\n');
            }
        }
        return sb.append('\n').toString();
    }

    private static String names(java.util.List<Participant> ps) {
        return ps.isEmpty() ? "-" : ps.stream().map(p -> p.text() + (p.code() == null ? "" : " [" + p.code() + "]"))
                .collect(Collectors.joining(" + "));
    }
}
