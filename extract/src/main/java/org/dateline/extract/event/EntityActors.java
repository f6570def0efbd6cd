package org.dateline.extract.event;

import org.dateline.extract.syntax.Tree;
import org.dateline.model.Entity;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Actors from the article's entity clusters: every mention (name, description or pronoun) is an
 * actor span carrying its entity's id and actor code; roles and groups without a name ("troops",
 * "protesters", "officials") are agent spans from the agent dictionary, joined to a country named in
 * the same phrase ("Russian officials" -> RUSGOV).
 */
final class EntityActors implements ActorFinder {
    private final List<Entity> entities;
    private final ActorFinder agents;

    EntityActors(List<Entity> entities, ActorFinder agents) {
        this.entities = entities;
        this.agents = agents;
    }

    @Override
    public List<ActorSpan> find(Tree tree) {
        List<ActorSpan> out = new ArrayList<>();
        int from = tree.sentence().start();
        int to = tree.sentence().end();
        for (Entity e : entities) {
            String code = e.actorCode() != null ? e.actorCode() : e.country();
            for (Mention m : e.mentions()) {
                if (m.start() < from || m.end() > to) {
                    continue;
                }
                int first = -1;
                int last = -1;
                for (Token t : tree.sentence().tokens()) {
                    if (t.start() < m.end() && t.end() > m.start()) {
                        if (first < 0) {
                            first = t.index();
                        }
                        last = t.index();
                    }
                }
                if (first >= 0) {
                    out.add(new ActorSpan(first, last, false, new Participant(e.id(), m.text(), m.start(), m.end(), code)));
                }
            }
        }
        for (ActorSpan a : agents.find(tree)) {
            if (out.stream().noneMatch(s -> !s.agent() && s.first() <= a.first() && a.last() <= s.last()
                    && !(s.first() == a.first() && s.last() == a.last()))) {
                out.add(new ActorSpan(a.first(), a.last(), true, a.participant()));
            }
        }
        out.sort(Comparator.comparingInt(ActorSpan::first).thenComparing(s -> s.agent() ? 1 : 0));
        return out;
    }
}
