package ca.harbour.intelligence.graph;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.internal.graph.NearDuplicates;
import ca.harbour.intelligence.internal.graph.TextSignatures;
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
        int[] template = TextSignatures.signature(TEMPLATE);
        assertThat(TextSignatures.similarity(template, TextSignatures.signature(EDITED)))
                .isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);
        assertThat(TextSignatures.similarity(template, TextSignatures.signature(OTHER_IDENTIFIERS)))
                .isGreaterThan(0.85);
        assertThat(TextSignatures.similarity(template, TextSignatures.signature(UNRELATED)))
                .isLessThan(0.2);
    }

    @Test
    void bandsDependOnThePoliceServiceAndSignaturesSurvivePacking() {
        int[] sig = TextSignatures.signature(TEMPLATE);
        assertThat(TextSignatures.unpack(TextSignatures.pack(sig))).containsExactly(sig);
        UUID one = UUID.randomUUID();
        assertThat(TextSignatures.bands(one, sig)).containsExactly(TextSignatures.bands(one, sig));
        assertThat(TextSignatures.bands(one, sig)).doesNotContain(TextSignatures.bands(UUID.randomUUID(), sig));
        assertThat(TextSignatures.signature("two words")).isNull();
    }
}
