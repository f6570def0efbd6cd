package org.dateline.extract.quote;

import org.dateline.model.Article;
import org.dateline.model.Metadata;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class QuoteMarksTest {
    private static List<QuoteMarks.Marked> marks(String text) {
        return QuoteMarks.find(new Article("t", "T", text, List.of(new Span(0, text.length())), Metadata.empty(), List.of(),
                List.of()));
    }

    private static String inner(String text, QuoteMarks.Marked m) {
        return text.substring(m.innerStart(), m.innerEnd());
    }

    @Test
    void typewriterDoublesAreDoubleMarksAndApostrophesAreNot() {
        String text = "''We won't back down,'' the mayor said, calling the plan ``a trap.'' It's the council's call.";
        List<QuoteMarks.Marked> m = marks(text);
        assertEquals(2, m.size(), m.toString());
        assertEquals("We won't back down,", inner(text, m.get(0)));
        assertEquals("a trap.", inner(text, m.get(1)));
        assertEquals(text.indexOf(" the mayor"), m.get(0).closeEnd());
    }

    @Test
    void curlyAndStraightMarksStillWork() {
        String text = "She said \"it is over\" and called it “a ‘clean’ break.”";
        List<QuoteMarks.Marked> m = marks(text);
        assertEquals("it is over", inner(text, m.get(0)));
        assertEquals("a ‘clean’ break.", inner(text, m.get(1)));
        assertFalse(m.stream().anyMatch(x -> x.width() == 2));
    }
}
