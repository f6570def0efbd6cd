package org.dateline.extract.event;

import org.dateline.extract.syntax.Tree;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading dictionaries in the PETRARCH/TABARI formats (text written for this test). */
class DictionaryTest {
    @Test
    void reads_verb_blocks_forms_synsets_and_patterns() throws IOException {
        String verbs = """
                <!-- a comment
                     over two lines -->
                &TIETYPES
                +MILITARY
                +TRADE

                --- RESTORE [---] ---
                RESTORE {RESTORED}  # no default code
                - * &TIETYPES TIES [064]
                - * TIES [050]

                --- LEAVE [032:033] ---
                LEAVE {LEFT}
                +PULL_OUT [087]
                """;
        VerbDictionary d = VerbDictionary.read(new StringReader(verbs));
        VerbDictionary.Entry restore = d.entry("restore");
        assertNotNull(restore);
        assertNull(restore.code(), "--- means no default code");
        assertEquals(2, restore.patterns().size());
        assertEquals("064", restore.patterns().get(0).code(), "the longer pattern is tried first");
        assertEquals(2, restore.patterns().get(0).post().size());
        assertEquals(List.of("MILITARY"), restore.patterns().get(0).post().get(0).synset().get(0));
        assertEquals("032:033", d.entry("LEFT").code(), "an irregular form finds its verb");
        VerbDictionary.Entry pull = d.entry("pull");
        assertNotNull(pull, "a phrasal verb is filed under its verb");
        assertEquals("087", pull.patterns().get(0).code());
        assertTrue(d.forms().contains("restored"));
    }

    @Test
    void a_borrowed_verbs_default_can_be_voided_and_phrases_of_our_own_join_its_patterns() throws IOException {
        VerbDictionary theirs = VerbDictionary.read(new StringReader("""
                --- APPREHEND [171] ---
                TAKE {TOOK TAKEN}
                - * PART [030]
                --- MEET [040] ---
                MEET
                """)).withoutDefaults(java.util.Set.of("TAKE"));
        VerbDictionary ours = VerbDictionary.read(new StringReader("""
                --- OCCUPY [192] ---
                OCCUPY
                +TAKE_CONTROL
                --- MEET [---] ---
                MEET
                """));
        VerbDictionary both = ours.or(theirs);
        VerbDictionary.Entry take = both.entry("take");
        assertNull(take.code(), "'took a harder line' is no arrest");
        assertEquals(List.of("192", "030"), take.patterns().stream().map(VerbPattern::code).toList(),
                "our phrase first, then the borrowed patterns");
        assertNull(both.entry("meet").code(), "a verb we list ourselves replaces the borrowed one");
    }

    @Test
    void a_pattern_tagged_with_one_verb_of_its_block_serves_only_that_verb() throws IOException {
        VerbDictionary d = VerbDictionary.read(new StringReader("""
                --- DEMAND [100] ---
                DEMAND
                PRESS
                PUSH
                - * ON                [190]     # PRESS
                - * RELEASE           [1053]
                - * TALKS             [104]     # pas 8-May-05
                """));
        assertEquals(List.of("104", "1053", "190"), codes(d.entry("press")));
        assertEquals(List.of("104", "1053"), codes(d.entry("push")),
                "'pushed North Korea on a promise' borrows no army pressing on; untagged and author-tagged patterns serve all");
    }

    private static List<String> codes(VerbDictionary.Entry e) {
        return e.patterns().stream().map(VerbPattern::code).sorted().toList();
    }

    @Test
    void a_no_event_pattern_is_kept_and_an_actor_slot_can_be_joined_to_the_verb() throws IOException {
        String verbs = """
                --- RALLY [140] ---
                RALLY
                - * AGAINST [141]
                - *_+ [---]
                - * SUPPORTERS [---]
                """;
        VerbDictionary d = VerbDictionary.read(new StringReader(verbs));
        VerbDictionary.Entry rally = d.entry("rally");
        assertEquals("140", rally.code());
        assertEquals(3, rally.patterns().size(), "[---] patterns are kept: they say the phrase names no event");
        assertTrue(rally.patterns().stream().anyMatch(p -> p.code().equals(VerbPattern.NO_EVENT)));
        VerbPattern slot = rally.patterns().stream().filter(p -> p.post().size() == 1
                && p.post().get(0).kind() == VerbPattern.Kind.TARGET).findFirst().orElseThrow();
        assertTrue(slot.post().get(0).adjacent(), "'*_+' asks for the target right after the verb");
    }

    @Test
    void actor_codes_follow_the_story_date_and_agents_join_the_country() throws IOException {
        String actors = """
                GONDOR [GON]
                +MINAS_TIRITH
                ELESSAR
                \t[GON < 20000101]
                \t[GONGOV 20000101-20101231]
                ARGENTIN [ARG]
                """;
        String agents = """
                !PERSON! = MAN, WOMAN
                PRESIDENT [~GOV]
                CONGRESS!PERSON! [~LEG]
                """;
        ActorDictionary d = ActorDictionary.read(new StringReader(actors), new StringReader(agents));
        Sentence s = sentence("Elessar", "and", "the", "Argentine", "president", "visited", "Minas", "Tirith", "congresswoman");
        List<ActorSpan> in2005 = d.on(LocalDate.of(2005, 6, 1)).find(new Tree(s));
        assertEquals("GONGOV", in2005.get(0).participant().code(), "dated code valid in 2005");
        assertEquals("GON", d.on(LocalDate.of(1999, 6, 1)).find(new Tree(s)).get(0).participant().code());
        assertEquals("ARG", in2005.get(1).participant().code(), "a stem matches a longer name");
        assertTrue(in2005.get(2).agent());
        assertEquals("GOV", in2005.get(2).participant().code());
        ActorSpan minas = in2005.get(3);
        assertEquals("GON", minas.participant().code(), "a synonym codes as its entry");
        assertEquals(6, minas.first());
        assertEquals(7, minas.last());
        assertEquals("LEG", in2005.get(4).participant().code(), "a macro expands inside an agent");
    }

    static Sentence sentence(String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], at, at + words[i].length(), words[i].toLowerCase(), "NN", "O"));
            at += words[i].length() + 1;
        }
        return new Sentence(0, 0, at, tokens, List.of());
    }
}
