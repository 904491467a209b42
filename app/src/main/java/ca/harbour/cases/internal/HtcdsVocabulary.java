package ca.harbour.cases.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The HTCDS 2.0 code lists a case uses, read from {@code cases/htcds/vocabularies.csv} (copied from the standard,
 * see its README). A value such as {@code ForcedLabour} is kept as {@code FORCED_LABOUR}; pages show it through
 * {@code cases.htcds.<list>.<CODE>}.
 */
@Component
public class HtcdsVocabulary {

    /** The code lists, each with the HTCDS field it comes from. */
    public enum CodeList {
        EXPLOITATION("vic_TypeOfExploitation"),
        CONTROL("vic_MethodsOfControl"),
        RECRUITMENT("vic_MethodOfRecruitment"),
        GENDER("prs_Gender");

        final String field;

        CodeList(String field) {
            this.field = field;
        }
    }

    private final Map<CodeList, List<String>> codes = new EnumMap<>(CodeList.class);

    HtcdsVocabulary() {
        this(HtcdsVocabulary.class.getResourceAsStream("/cases/htcds/vocabularies.csv"));
    }

    HtcdsVocabulary(InputStream csv) {
        for (CodeList list : CodeList.values()) {
            codes.put(list, new ArrayList<>());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.readLine(); // header: field,value,label
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split(",", 3);
                for (CodeList list : CodeList.values()) {
                    if (list.field.equals(parts[0])) {
                        codes.get(list).add(code(parts[1]));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        codes.replaceAll((list, values) -> List.copyOf(values));
    }

    /** {@code ForcedLabour} as {@code FORCED_LABOUR}, {@code AtAPlaceOfBusiness} as {@code AT_A_PLACE_OF_BUSINESS}. */
    static String code(String htcdsValue) {
        return htcdsValue
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
                .toUpperCase(Locale.ROOT);
    }

    public List<String> codes(CodeList list) {
        return codes.get(list);
    }

    public boolean allKnown(CodeList list, Collection<String> values) {
        return codes.get(list).containsAll(values);
    }
}
