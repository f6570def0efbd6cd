package org.dateline.extract.quote;

import org.dateline.extract.syntax.Tree;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Mention;
import org.dateline.model.Speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a source noun phrase into a {@link Speaker}: the entity whose mention covers the phrase's
 * head ("State Department spokeswoman Morgan Ortagus" is Ortagus, "he" is whoever the pronoun was
 * linked to), else an unnamed source. An unnamed source keeps its fullest description: "the
 * official" after "A senior State Department official" is that official, and the organization it
 * names is kept. Mutable across one article (it remembers unnamed sources); not thread-safe.
 */
final class SpeakerResolver {
    private record Unnamed(String head, String description, String organization) {
    }

    private final List<Entity> entities;
    private final List<Unnamed> unnamed = new ArrayList<>();

    SpeakerResolver(List<Entity> entities) {
        this.entities = entities;
    }

    Speaker resolve(Tree tree, int head, int first, int last, String text) {
        int start = tree.token(first).start();
        int end = tree.token(last).end();
        // "Rep. G.K. Butterfield (D-N.C.)": a party-and-state tag opened in the phrase closes in it
        int open = text.lastIndexOf('(', end - 1);
        if (open >= start && text.indexOf(')', open) > 0 && text.indexOf(')', open) >= end && text.indexOf(')', open) - end <= 8) {
            end = text.indexOf(')', open) + 1;
        }
        String phrase = text.substring(start, end);
        Entity byHead = entityAt(tree.token(head).start(), tree.token(head).end());
        if (byHead != null) {
            return new Speaker(phrase, start, end, byHead.id(), byHead.name(), null);
        }
        if (first == last && head != first && tree.token(first).pos().startsWith("W")) {
            // "an architect who said": the relative pronoun is the mention, its antecedent the description
            int left = head;
            for (int c : tree.children(head)) {
                String rel = tree.relation(c);
                if (c < left && (rel.equals("det") || rel.equals("amod") || rel.equals("compound") || rel.equals("nummod")
                        || rel.equals("nmod:poss") || rel.startsWith("flat"))) {
                    left = tree.subtree(c)[0];
                }
            }
            int from = tree.token(left).start();
            String antecedent = text.substring(Math.min(from, tree.token(head).start()), tree.token(head).end());
            Entity named = personWithin(Math.min(from, tree.token(head).start()), tree.token(head).end(), List.of());
            return named != null ? new Speaker(phrase, start, end, named.id(), named.name(), null)
                    : new Speaker(phrase, start, end, null, antecedent, organizationWithin(from, tree.token(head).end()));
        }
        String headWord = tree.token(head).lemma().toLowerCase(Locale.ROOT);
        String organization = organizationWithin(start, end);
        boolean definiteShort = last - first <= 1 && isDefinite(tree.token(first).text());
        if (definiteShort) {
            for (int i = unnamed.size() - 1; i >= 0; i--) {
                Unnamed u = unnamed.get(i);
                if (u.head().equals(headWord)) {
                    return new Speaker(phrase, start, end, null, u.description(), u.organization());
                }
            }
        }
        Entity inside = personWithin(start, end, modifiers(tree, head));
        if (inside != null) {
            return new Speaker(phrase, start, end, inside.id(), inside.name(), null);
        }
        unnamed.add(new Unnamed(headWord, phrase, organization));
        return new Speaker(phrase, start, end, null, phrase, organization);
    }

    /** The speaker a name in a signature stands for: the entity with a mention there, else the name itself. */
    Speaker named(int start, int end, String text) {
        String name = text.substring(start, end);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() < end && start < m.end()) {
                    return new Speaker(name, start, end, e.id(), e.name(), null);
                }
            }
        }
        String plain = withoutInitials(name);
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON && withoutInitials(e.name()).equalsIgnoreCase(plain)) {
                return new Speaker(name, start, end, e.id(), e.name(), null); // "Donald J. Trump" is Donald Trump
            }
        }
        return new Speaker(name, start, end, null, name, null);
    }

    private static String withoutInitials(String name) {
        return name.replaceAll("\\b\\p{Lu}\\.\\s+", "").replaceAll("\\s+", " ").strip();
    }

    private static boolean isDefinite(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("the") || w.equals("this") || w.equals("that");
    }

    private Entity entityAt(int start, int end) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() <= start && end <= m.end()) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Character spans of what modifies the head rather than names it: "of"-phrases, possessors and
     * clauses ("members of Trump's board", "Trump's lawyer", "an aide who served Trump" are not Trump).
     * Titles, compounds and appositives ("spokeswoman Morgan Ortagus", "a spokesman, John Kirby,") stay.
     */
    private static List<int[]> modifiers(Tree tree, int head) {
        List<int[]> out = new ArrayList<>();
        for (int c : tree.children(head)) {
            String rel = tree.relation(c);
            if (rel.startsWith("nmod") || rel.startsWith("acl") || rel.startsWith("obl")) {
                int[] r = tree.subtree(c);
                out.add(new int[] {tree.token(r[0]).start(), tree.token(r[1]).end()});
            }
        }
        return out;
    }

    private Entity personWithin(int start, int end, List<int[]> excluded) {
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON && e.mentions().stream()
                    .anyMatch(m -> m.start() >= start && m.end() <= end && m.kind() == org.dateline.model.MentionKind.NAME
                            && excluded.stream().noneMatch(x -> x[0] <= m.start() && m.end() <= x[1]))) {
                return e;
            }
        }
        return null;
    }

    private String organizationWithin(int start, int end) {
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION
                    && e.mentions().stream().anyMatch(m -> m.start() >= start && m.end() <= end)) {
                return e.id();
            }
        }
        return null;
    }
}
