package org.dateline.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashesTest {
    private static final String STORY = "The River Aldane burst its banks on Sunday after four days of heavy rain, flooding"
            + " three villages in the valley and forcing about two thousand people to leave their homes. Rescue teams in"
            + " boats reached families trapped on the upper floors of houses in Brell and Osk, the regional governor said."
            + " Schools in the district will stay closed until Wednesday, and the main road to the coast is under water for"
            + " twelve kilometres.";

    @Test
    void bodyHashIgnoresCasePunctuationAndSpacing() {
        assertEquals(Hashes.body("Talks  resume, officials say."), Hashes.body("talks resume officials say"));
        assertTrue(!Hashes.body("Talks resume").equals(Hashes.body("Talks resumed")));
    }

    @Test
    void nearCopiesShareMostShinglesAndOtherStoriesDoNot() {
        long[] a = Hashes.minhash("VALMORE (Wire) - " + STORY);
        long[] b = Hashes.minhash("VALMORE, June 3 (Daily) - " + STORY.replace(" for twelve kilometres.", "."));
        assertTrue(Hashes.similarity(a, b) >= Hashes.NEAR, "near copy: " + Hashes.similarity(a, b));
        String other = "The central bank raised its main interest rate by half a point on Thursday, the third increase this"
                + " year, saying inflation had stayed above its target for longer than expected. Economists had expected a"
                + " smaller rise. The bank's governor told reporters that further increases were possible if energy prices"
                + " kept climbing through the winter, and that wages were rising at the fastest pace in a decade.";
        long[] c = Hashes.minhash(other);
        assertTrue(Hashes.similarity(a, c) < 0.2, "different story: " + Hashes.similarity(a, c));
        long[] aBands = Hashes.bands(a);
        long[] bBands = Hashes.bands(b);
        int shared = 0;
        for (int i = 0; i < aBands.length; i++) {
            shared += aBands[i] == bBands[i] ? 1 : 0;
        }
        assertTrue(shared > 0, "near copies meet in at least one LSH band");
        assertNull(Hashes.minhash("Too short to compare."));
    }
}
