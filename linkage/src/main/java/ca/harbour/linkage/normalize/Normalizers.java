package ca.harbour.linkage.normalize;

import ca.harbour.linkage.model.FieldSpec;

import java.util.Locale;

/** The default {@link Normalizer} for each field kind. */
public final class Normalizers {

    private Normalizers() {
    }

    /** Normaliser for a field, chosen by its kind and options. */
    public static Normalizer forField(FieldSpec f) {
        switch (f.kind()) {
            case GIVEN_NAME: case FAMILY_NAME: return new NameNormalizer(false);
            case FULL_NAME: return new NameNormalizer(true);
            case DATE: return new DateNormalizer(f.dateOrder());
            case PHONE: return new PhoneNormalizer(f.region());
            case EMAIL: return new EmailNormalizer();
            case ADDRESS: return new AddressNormalizer();
            case POSTCODE: case IDENTIFIER: return Normalizers::alphanumeric;
            case NUMERIC: return Normalizers::numeric;
            case CITY: return raw -> Text.saints(Text.fold(raw));
            default: return Text::fold;
        }
    }

    /** Upper-case letters and digits only ("h2x 1y4" → "H2X1Y4", "123-45-678" → "12345678"). */
    public static String alphanumeric(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** A number in plain decimal form ("1,200.50" → "1200.5"), or null when not a number. */
    public static String numeric(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim().replace(",", "").replace(" ", "").replace("$", "");
        try {
            double d = Double.parseDouble(s);
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        } catch (NumberFormatException e) {
            String f = Text.fold(raw);
            return f == null ? null : f.toLowerCase(Locale.ROOT);
        }
    }
}
