package ca.harbour.intelligence.internal.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The plain, non-explicit wording synthetic ads are made of: sentence frames with slots, the words that fill them,
 * synonyms for small edits, and stock phrases that unrelated advertisers share.
 */
final class AdWords {

    static final String[] NAMES = {
        "Jade", "Amber", "Luna", "Mia", "Chloe", "Nina", "Bella", "Ruby", "Sofia", "Tina", "Eva", "Lily", "Maya", "Zoe",
        "Cleo", "Iris", "Nora", "Vera", "Dana", "Kira", "Lea", "Rosa", "Alba", "Gina", "Hana", "Ivy", "Joy", "Kate",
        "Lola", "Mila", "Nadia", "Olga", "Pia", "Rita", "Sara", "Tess", "Uma", "Vicky", "Wendy", "Yara", "Anya", "Bree",
        "Carla", "Dora", "Elle", "Faye", "Gaby", "Heidi", "Inez", "Jolie", "Kenzie", "Lexi", "Marie", "Nell", "Opal",
        "Paige", "Quinn", "Remy", "Sky", "Tara"
    };
    static final String[] ADJECTIVES = {
        "friendly", "relaxing", "calm", "quiet", "warm", "cheerful", "discreet", "professional", "caring", "gentle",
        "easygoing", "upscale", "cozy", "elegant", "patient", "attentive", "welcoming", "private", "polished", "bright"
    };
    static final String[] SERVICES = {
        "massage", "companionship", "relaxation session", "dinner company", "spa visit", "wellness session",
        "body treatment", "hot stone massage", "foot massage", "evening company", "travel company", "aromatherapy"
    };
    static final String[] PLACES = {
        "downtown studio", "quiet apartment", "hotel near the airport", "suite by the highway",
                "spa on the main street",
        "condo near the station", "private studio", "place near the mall", "clean apartment", "wellness centre"
    };
    static final String[] HOURS = {
        "10am to 10pm",
        "noon to midnight",
        "24 hours",
        "evenings only",
        "late nights",
        "by appointment",
        "9am to 9pm",
        "weekends only",
        "all day and night",
        "afternoons"
    };
    static final String[] DAYS = {"this week", "this weekend", "three days only", "until Sunday", "a few days", "today"
    };
    static final String[] HOTELS = {
        "Airport Inn", "Highway Suites", "Lakeview Motel", "Station Hotel", "Parkside Inn", "Harbourfront Lodge"
    };

    /** Sentence frames: {n} name, {a} adjective, {b} second adjective, {s} service, {p} place, {h} hours, {d} days. */
    static final String[] FRAMES = {
        "Hi, I am {n}, a {a} and {b} person.",
        "My name is {n} and I offer {a} {s}.",
        "{a} {s} in a {b} {p}.",
        "Visit me at my {p}.",
        "Available {h}.",
        "Open {h}, call ahead.",
        "New in town {d}.",
        "Just arrived, here {d}.",
        "Book your {s} now.",
        "Enjoy a {a} {s} after a long day.",
        "Ask for {n}.",
        "Text first, no private numbers.",
        "Serious inquiries only please.",
        "Clean, safe and {a} setting.",
        "Incall and outcall {h}.",
        "I speak English and a little French.",
        "Je parle français aussi.",
        "Treat yourself to a {a} {s}.",
        "Come relax at the {p}.",
        "Special rate for the first visit.",
        "Parking available near the {p}.",
        "Quick replies by text.",
        "Always {a} and {b}.",
        "Perfect for a {a} evening.",
        "Call {n} for a {s}.",
        "Visiting from out of town {d}.",
        "On tour, leaving soon.",
        "Available for travel and events.",
        "Discretion assured.",
        "Fresh towels and a {a} room.",
        "Located close to the {p}.",
        "Your {a} break starts here.",
        "Walk-ins welcome {h}.",
        "Gift cards available.",
        "Friendly staff, {a} {s}.",
        "Reasonable rates, {b} service.",
        "We have new staff {d}.",
        "Our team is {a} and {b}.",
        "Rest and unwind with {n}.",
        "Make an appointment {d}."
    };

    static final String[] TITLES = {
        "{a} {s} with {n}",
        "{n} - {a} {s}",
        "New {s} in {c}",
        "{s} {d} in {c}",
        "{a} {s} near the {p}",
        "{n} is back in {c}",
        "Relax with {n}",
        "{a} and {b} {s}",
        "Best {s} in {c}",
        "{n}: {s} {h}"
    };
    /** Phrases many unrelated advertisers copy from each other: a confounder for near-duplicate detection. */
    static final String[] STOCK = {
        "Satisfaction guaranteed, no rush, no pressure, just a calm and friendly visit.",
        "Serious inquiries only, no blocked numbers, no games, thank you for understanding.",
        "Clean and safe location with free parking close to the highway and the shops.",
        "Please be respectful and on time, text first to book your visit."
    };
    /** Pairs of words that mean the same here: one edit of a reused template. */
    static final String[][] SYNONYMS = {
        {"friendly", "kind"},
        {"relaxing", "soothing"},
        {"quiet", "peaceful"},
        {"private", "discreet"},
        {"Available", "Open"},
        {"apartment", "flat"},
        {"new", "fresh"},
        {"call", "phone"},
        {"Text", "Message"},
        {"Book", "Reserve"},
        {"evening", "night"},
        {"clean", "tidy"},
        {"rates", "prices"},
        {"close", "near"},
        {"Visit", "See"}
    };

    /** "a" before a vowel, which a filled slot can leave ("a upscale"). */
    private static final Pattern ARTICLE = Pattern.compile("(^|\\s)[aA] ([aeiouAEIOU])");

    private AdWords() {}

    static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }

    /** A frame with its slots filled from {@code random}, the name and city given. */
    static String fill(String frame, String name, String city, Random random) {
        StringBuilder b = new StringBuilder(frame.length() + 40);
        String adjective = "";
        for (int i = 0; i < frame.length(); i++) {
            char ch = frame.charAt(i);
            if (ch == '{' && i + 2 < frame.length() && frame.charAt(i + 2) == '}') {
                String word = switch (frame.charAt(i + 1)) {
                    case 'n' -> name;
                    case 'c' -> city;
                    case 'a', 'b' -> pick(ADJECTIVES, random);
                    case 's' -> pick(SERVICES, random);
                    case 'p' -> pick(PLACES, random);
                    case 'h' -> pick(HOURS, random);
                    case 'd' -> pick(DAYS, random);
                    default -> throw new IllegalArgumentException(frame);
                };
                b.append(word);
                i += 2;
            } else {
                b.append(ch);
            }
        }
        return capitalise(ARTICLE.matcher(b).replaceAll("$1an $2"));
    }

    /** An adjective other than {@code not} ("calm and quiet", never "calm and calm"). */
    private static String other(String not, Random random) {
        String word = pick(ADJECTIVES, random);
        return word.equals(not) ? ADJECTIVES[(Arrays.asList(ADJECTIVES).indexOf(word) + 1) % ADJECTIVES.length] : word;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code count} distinct frames, filled. */
    static List<String> sentences(int count, String name, String city, Random random) {
        List<String> out = new ArrayList<>(count);
        boolean[] used = new boolean[FRAMES.length];
        while (out.size() < count) {
            int f = random.nextInt(FRAMES.length);
            if (!used[f]) {
                used[f] = true;
                out.add(fill(FRAMES[f], name, city, random));
            }
        }
        return out;
    }

    /**
     * A reused template with the edits a poster makes: a word swapped for a synonym, two sentences swapped, a
     * sentence inserted or one left out; each edit happens or not by chance.
     */
    static List<String> edit(List<String> template, String name, String city, Random random) {
        List<String> out = new ArrayList<>(template);
        if (random.nextInt(10) < 4) {
            int s = random.nextInt(out.size());
            String[] pair = SYNONYMS[random.nextInt(SYNONYMS.length)];
            out.set(s, out.get(s).replace(pair[0], pair[1]));
        }
        if (random.nextInt(10) < 3 && out.size() > 2) {
            int i = random.nextInt(out.size());
            int j = random.nextInt(out.size());
            String t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        if (random.nextInt(10) < 3) {
            out.add(random.nextInt(out.size() + 1), fill(pick(FRAMES, random), name, city, random));
        }
        if (random.nextInt(10) < 2 && out.size() > 4) {
            out.remove(random.nextInt(out.size()));
        }
        return out;
    }
}
