package ca.harbour.linkage.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates in many formats to "YYYYMMDD" where unknown parts are zeros ("19560400" = April 1956).
 * Accepts 19560409, 1956-04-09, 09/04/1956, 4.9.56, "9 April 1956", "avril 1956", "Apr 9, 1956", 1956.
 * Ambiguous all-numeric day/month order follows {@code order} ("DMY" or "MDY"). Two-digit years
 * pivot at 30 (30..99 → 19xx); a lone two-digit number among other words ("age 34") is no date. A time
 * of day after the date is left out; an all-zero date is unknown. An 8-digit value that is no valid date is
 * kept as is (typos still compare).
 */
public final class DateNormalizer implements Normalizer {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("janv", 1),
            Map.entry("janvier", 1),
            Map.entry("january", 1),
            Map.entry("feb", 2),
            Map.entry("fev", 2),
            Map.entry("fevr", 2),
            Map.entry("fevrier", 2),
            Map.entry("february", 2),
            Map.entry("mar", 3),
            Map.entry("march", 3),
            Map.entry("mars", 3),
            Map.entry("apr", 4),
            Map.entry("april", 4),
            Map.entry("avr", 4),
            Map.entry("avril", 4),
            Map.entry("may", 5),
            Map.entry("mai", 5),
            Map.entry("jun", 6),
            Map.entry("june", 6),
            Map.entry("juin", 6),
            Map.entry("jul", 7),
            Map.entry("july", 7),
            Map.entry("juil", 7),
            Map.entry("juillet", 7),
            Map.entry("aug", 8),
            Map.entry("august", 8),
            Map.entry("aout", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("september", 9),
            Map.entry("septembre", 9),
            Map.entry("oct", 10),
            Map.entry("october", 10),
            Map.entry("octobre", 10),
            Map.entry("nov", 11),
            Map.entry("november", 11),
            Map.entry("novembre", 11),
            Map.entry("dec", 12),
            Map.entry("december", 12),
            Map.entry("decembre", 12));
    private final boolean dayFirst;

    /** @param order "DMY" or "MDY" for ambiguous numeric dates */
    public DateNormalizer(String order) {
        this.dayFirst = order != null && order.toUpperCase(Locale.ROOT).startsWith("D");
    }

    @Override
    public String normalize(String raw) {
        String f = Text.fold(withoutTime(raw));
        if (f == null || zeros(f)) {
            // "0000-00-00" is how some databases write an unknown date
            return null;
        }
        if (f.length() == 8 && digits(f, 0, 8)) {
            return f;
        }
        if (f.length() == 10
                && f.charAt(4) == ' '
                && f.charAt(7) == ' '
                && digits(f, 0, 4)
                && digits(f, 5, 2)
                && digits(f, 8, 2)) {
            String iso = f.substring(0, 4) + f.substring(5, 7) + f.substring(8, 10);
            if (f.charAt(5) <= '1') {
                return iso;
            }
        }
        List<Integer> nums = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        int month = 0;
        boolean words = false;
        for (String t : f.split(" ")) {
            if (digits(t, 0, t.length())) {
                nums.add(Integer.parseInt(t.length() > 4 ? t.substring(0, 4) : t));
                widths.add(t.length());
            } else {
                StringBuilder letters = new StringBuilder();
                StringBuilder digits = new StringBuilder();
                for (int i = 0; i < t.length(); i++) {
                    char c = t.charAt(i);
                    (c >= '0' && c <= '9' ? digits : letters).append(c);
                }
                String w = letters.toString();
                Integer m = MONTHS.get(w.length() > 3 && !MONTHS.containsKey(w) ? w.substring(0, 3) : w);
                if (m != null) {
                    month = m;
                } else if (!w.isEmpty()) {
                    words = true;
                }
                String d = digits.toString();
                if (!d.isEmpty() && d.length() <= 2) {
                    nums.add(Integer.parseInt(d));
                    widths.add(d.length());
                }
            }
        }
        return assemble(nums, widths, month, words);
    }

    /** The value without a time of day ("1990-03-25T10:00:00Z", "March 1, 1990 10:30 am"). */
    private static String withoutTime(String raw) {
        int colon = raw == null ? -1 : raw.indexOf(':');
        if (colon < 0) {
            return raw;
        }
        int cut = colon;
        while (cut > 0 && Character.isDigit(raw.charAt(cut - 1))) {
            cut--;
        }
        if (cut == colon || cut == 0) {
            return raw;
        }
        char before = raw.charAt(cut - 1);
        return before == 'T' || before == 't' || before == ' ' ? raw.substring(0, cut - 1) : raw;
    }

    /** Whether a folded value is only zeros ("0000 00 00"). */
    private static boolean zeros(String f) {
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) != '0' && f.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String s, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private String assemble(List<Integer> nums, List<Integer> widths, int namedMonth, boolean words) {
        int y = 0;
        int m = namedMonth;
        int d = 0;
        int yi = widths.indexOf(4);
        if (yi < 0 && !nums.isEmpty()) {
            yi = nums.size() - 1;
        }
        if (yi < 0) {
            return null;
        }
        if (nums.size() == 1 && widths.get(0) <= 2 && namedMonth == 0 && words) {
            // "age 34", "34 ans": an age, not a year
            return null;
        }
        y = nums.get(yi);
        if (widths.get(yi) <= 2) {
            y += y >= 30 ? 1900 : 2000;
        }
        List<Integer> rest = new ArrayList<>(nums);
        rest.remove(yi);
        if (m > 0) {
            d = rest.isEmpty() ? 0 : rest.get(0);
        } else if (rest.size() == 1) {
            m = rest.get(0);
        } else if (rest.size() >= 2) {
            int a = rest.get(0);
            int b = rest.get(1);
            boolean df = a > 12 || (b <= 12 && dayFirst);
            d = df ? a : b;
            m = df ? b : a;
        }
        if (m > 12 || d > 31 || y < 1000) {
            return null;
        }
        return Integer.toString(y) + (m < 10 ? "0" : "") + m + (d < 10 ? "0" : "") + d;
    }
}
