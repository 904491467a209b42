package ca.harbour.intelligence.graph;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.internal.graph.NearDuplicates;
import ca.harbour.intelligence.internal.graph.TextSignatures;
import ca.harbour.intelligence.internal.graph.TextSignatures.Signature;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two ads of one template sign alike whatever their identifiers; unrelated ads do not. */
class TextSignaturesTests {

    static final String TEMPLATE = "Sweet new girl in town this week only. Friendly and discreet, outcall and incall"
            + " available. Call me at 416 555 0142 or text anytime, ask for Jade. No rush, real pictures,"
            + " satisfaction guaranteed every visit.";
    static final String EDITED = "Sweet new girl in town this weekend only. Friendly and discreet, outcall and incall"
            + " available. Call me at four one six 555 0199 or text anytime, ask for Jade. No rush, real pictures,"
            + " satisfaction guaranteed on every visit.";
    static final String OTHER_IDENTIFIERS = "Sweet new girl in town this week only. Friendly and discreet, outcall"
            + " and incall available. Call me at 647.555.0100 or text anytime, ask for Jade. No rush, real"
            + " pictures, satisfaction guaranteed every visit. jade99@example.com @jadexo";
    static final String UNRELATED = "Selling a used mountain bike in good condition, new tires and brakes replaced"
            + " last spring. Pick up downtown, cash only, message me for pictures and more details about the frame.";

    @Test
    void identifiersAreMaskedSoAPhoneWrittenInWordsLeavesTheSameTrace() {
        assertThat(TextSignatures.words("Call 416 555 0142 or four one six, mail a.b@x.ca @jade"))
                .containsExactly("call", "xnumx", "or", "xnumx", "mail", "xemailx", "xhandlex");
    }

    @Test
    void aTemplateWithAFewEditsIsANearDuplicateAndAnUnrelatedAdIsNot() {
        Signature template = TextSignatures.sign(TEMPLATE);
        Signature edited = TextSignatures.sign(EDITED);
        Signature unrelated = TextSignatures.sign(UNRELATED);
        assertThat(TextSignatures.similarity(template.minhash(), edited.minhash()))
                .isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);
        assertThat(TextSignatures.jaccard(template.shingles(), edited.shingles()))
                .isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);
        assertThat(TextSignatures.similarity(
                        template.minhash(),
                        TextSignatures.sign(OTHER_IDENTIFIERS).minhash()))
                .isGreaterThan(0.85);
        assertThat(TextSignatures.similarity(template.minhash(), unrelated.minhash()))
                .isLessThan(0.2);
        assertThat(TextSignatures.jaccard(template.shingles(), unrelated.shingles()))
                .isLessThan(0.2);
    }

    @Test
    void theShinglesAreTheWordPairsOfTheMaskedTextEachOnceAndTheirJaccardIsExact() {
        // the first masks to a b xnumx a b c: a-b (twice), b-xnumx, xnumx-a, b-c; the second has a-b, b-c, c-d
        Signature one = TextSignatures.sign("a b 416 555 0142 a b c");
        Signature two = TextSignatures.sign("a b c d");
        assertThat(one.shingles()).hasSize(4).isSorted();
        assertThat(two.shingles()).hasSize(3).isSorted();
        // shared: (a b), (b c); union: 4 + 3 - 2
        assertThat(TextSignatures.jaccard(one.shingles(), two.shingles())).isEqualTo(2.0 / 5);
        assertThat(TextSignatures.jaccard(one.shingles(), one.shingles())).isEqualTo(1.0);
        assertThat(TextSignatures.jaccard(new int[0], new int[0])).isZero();
    }

    @Test
    void bandsDependOnThePoliceServiceAndSignaturesSurvivePacking() {
        Signature sig = TextSignatures.sign(TEMPLATE);
        assertThat(TextSignatures.unpack(TextSignatures.pack(sig.minhash()))).containsExactly(sig.minhash());
        assertThat(TextSignatures.unpack(TextSignatures.pack(sig.shingles()))).containsExactly(sig.shingles());
        UUID one = UUID.randomUUID();
        assertThat(TextSignatures.bands(one, sig.minhash())).containsExactly(TextSignatures.bands(one, sig.minhash()));
        assertThat(TextSignatures.bands(one, sig.minhash()))
                .doesNotContain(TextSignatures.bands(UUID.randomUUID(), sig.minhash()));
        assertThat(TextSignatures.sign("two words")).isNull();
    }
}
