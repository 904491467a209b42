package ca.harbour.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.CharsRef;

/**
 * English and French analysis for the directory: lower case, accent folding (so "hebergement"
 * finds "hébergement"), stop words, light stemming; the query side adds synonyms for common needs.
 * Synonym groups are written folded and lower-case, one word each.
 */
final class SearchAnalyzers {

    static final String[][] SYNONYMS_EN = {
        {"shelter", "housing", "refuge", "bed", "beds", "sleep", "home"},
        {"lawyer", "legal", "law", "court"},
        {"counselling", "counseling", "counsellor", "counselor", "therapy", "therapist", "talk"},
        {"doctor", "medical", "clinic", "health", "nurse"},
        {"drug", "drugs", "addiction", "addictions", "substance", "alcohol"},
        {"money", "income", "financial", "welfare"},
        {"job", "jobs", "employment", "work", "training"},
        {"interpreter", "interpretation", "translation", "translator"},
        {"youth", "teen", "teens", "young", "kids", "child"},
        {"indigenous", "aboriginal", "native", "metis", "inuit"},
        {"lgbt", "lgbtq", "queer", "trans", "2slgbtqia", "2elgbtqia"},
        {"immigration", "immigrant", "refugee", "newcomer", "visa"}
    };

    static final String[][] SYNONYMS_FR = {
        {"hebergement", "logement", "refuge", "abri", "lit", "lits", "dormir"},
        {"avocat", "juridique", "droit", "tribunal"},
        {"counseling", "therapie", "ecoute", "conseil"},
        {"medecin", "medical", "medicale", "clinique", "sante", "infirmiere"},
        {"drogue", "drogues", "dependance", "dependances", "toxicomanie", "alcool"},
        {"argent", "revenu", "financier", "aide"},
        {"emploi", "travail", "formation"},
        {"interprete", "interpretation", "traduction"},
        {"jeune", "jeunes", "jeunesse", "ado", "adolescent", "enfant"},
        {"autochtone", "autochtones", "metis", "inuit"},
        {"lgbt", "lgbtq", "queer", "trans", "2slgbtqia", "2elgbtqia"},
        {"immigration", "immigrant", "refugie", "nouveau", "visa"}
    };

    private SearchAnalyzers() {}

    static Analyzer index() {
        return new PerFieldAnalyzerWrapper(
                folding(),
                Map.of(
                        "name_en",
                        english(null),
                        "needs_en",
                        english(null),
                        "desc_en",
                        english(null),
                        "name_fr",
                        french(null),
                        "needs_fr",
                        french(null),
                        "desc_fr",
                        french(null)));
    }

    static Analyzer query() {
        SynonymMap en = synonyms(SYNONYMS_EN);
        SynonymMap fr = synonyms(SYNONYMS_FR);
        return new PerFieldAnalyzerWrapper(
                folding(),
                Map.of(
                        "name_en",
                        english(en),
                        "needs_en",
                        english(en),
                        "desc_en",
                        english(en),
                        "name_fr",
                        french(fr),
                        "needs_fr",
                        french(fr),
                        "desc_fr",
                        french(fr)));
    }

    static Analyzer english(SynonymMap synonyms) {
        CharArraySet stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, stop);
                s = new ASCIIFoldingFilter(s);
                if (synonyms != null) {
                    s = new SynonymGraphFilter(s, synonyms, true);
                }
                return new TokenStreamComponents(source, new EnglishMinimalStemFilter(s));
            }
        };
    }

    static Analyzer french(SynonymMap synonyms) {
        CharArraySet stop = FrenchAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, stop);
                s = new ASCIIFoldingFilter(s);
                if (synonyms != null) {
                    s = new SynonymGraphFilter(s, synonyms, true);
                }
                return new TokenStreamComponents(source, new FrenchLightStemFilter(s));
            }
        };
    }

    /** Names of organizations and places: lower case and accent folding only. */
    static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
    }

    private static SynonymMap synonyms(String[][] groups) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (String[] group : groups) {
            for (String a : group) {
                for (String b : group) {
                    if (!a.equals(b)) {
                        builder.add(new CharsRef(a), new CharsRef(b), true);
                    }
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
