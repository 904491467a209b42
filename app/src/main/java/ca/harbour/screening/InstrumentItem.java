package ca.harbour.screening;

import java.math.BigDecimal;

/** One question of an instrument, in both languages, with its answer scale and weight. */
public record InstrumentItem(String code, String domain, String textEn, String textFr, Scale scale, BigDecimal weight) {

    /** The answers a question takes: yes/no (0 or 1) or how often (0 never, 1 sometimes, 2 often). */
    public enum Scale {
        YES_NO(1),
        FREQUENCY(2);

        private final int max;

        Scale(int max) {
            this.max = max;
        }

        public int max() {
            return max;
        }
    }

    public String text(String language) {
        return "fr".equals(language) ? textFr : textEn;
    }
}
