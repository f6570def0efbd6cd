package org.dateline.model;

import java.util.List;

/**
 * A sentence with its tokens and UD dependency edges.
 *
 * @param index        position in the article, from 0
 * @param start        character offset of the first token
 * @param end          end offset of the last token
 * @param tokens       tokens in order
 * @param dependencies UD basic dependencies
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }
}
