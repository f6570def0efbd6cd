package org.dateline.extract.syntax;

import org.dateline.model.Dependency;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A UD dependency tree over one {@link Sentence}, indexed for quick lookups. Immutable;
 * build one per sentence and share it.
 */
public final class Tree {
    private final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    public Tree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            relation[i] = "";
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) {
                continue;
            }
            head[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0 && d.governor() < n) {
                children.get(d.governor()).add(d.dependent());
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public int size() {
        return head.length;
    }

    public int head(int i) {
        return head[i];
    }

    /** The relation by which token {@code i} hangs from its head ("" when unknown). */
    public String relation(int i) {
        return relation[i];
    }

    /** The first child of {@code i} whose relation starts with {@code prefix}, or -1. */
    public int child(int i, String prefix) {
        for (int c : children.get(i)) {
            if (relation[c].equals(prefix) || relation[c].startsWith(prefix + ":")) {
                return c;
            }
        }
        return -1;
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** The smallest token range {@code [first, last]} covering {@code i} and all its descendants. */
    public int[] subtree(int i) {
        int[] range = {i, i};
        extend(i, range, 0);
        return range;
    }

    private void extend(int i, int[] range, int depth) {
        if (depth > size()) {
            return;
        }
        range[0] = Math.min(range[0], i);
        range[1] = Math.max(range[1], i);
        for (int c : children.get(i)) {
            extend(c, range, depth + 1);
        }
    }

    /** The words of tokens {@code first..last} as written, each gap between tokens one space. */
    public String text(int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            Token t = token(i);
            if (i > first && t.start() > token(i - 1).end()) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }

    /** The token whose character span contains {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : sentence.tokens()) {
            if (offset >= t.start() && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }
}
