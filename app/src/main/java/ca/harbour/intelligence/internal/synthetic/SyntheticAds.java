package ca.harbour.intelligence.internal.synthetic;

import ca.harbour.intelligence.internal.synthetic.SyntheticAd.WrittenPhone;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of synthetic ads: independent advertisers (most ads) and planted networks of skewed sizes
 * that share phones written in many ways, e-mails, handles, photos and an edited text template while they move
 * between cities over weeks. The same seed and count give the same ads; ads are handed out one at a time, so a
 * million are never held together (what is kept is the networks and one int per ad saying whose it is).
 */
public final class SyntheticAds {

    /** Share of ads that belong to a planted network; the rest are independent advertisers. */
    static final double NETWORK_SHARE = 0.3;
    /** Exponent of the power law of network sizes: many pairs and trios, a few networks of hundreds or thousands. */
    static final double SIZE_EXPONENT = 2.0;
    /** The first ad is posted on this day; ads span 26 weeks from it. */
    static final Instant BASE = Instant.parse("2026-01-05T00:00:00Z");

    static final long SPAN_SECONDS = 26L * 7 * 24 * 3600;
    private static final String[] SITES = {"listings-a.example", "boards-b.example", "classifieds-c.example"};
    private static final String[] DOMAINS = {"example.com", "example.net", "example.org"};
    /** Cities with a rough weight for how many ads they get. */
    private static final String[] CITIES = {
        "Toronto", "Toronto", "Toronto", "Toronto", "Montréal", "Montréal", "Montréal", "Vancouver", "Vancouver",
        "Calgary", "Calgary", "Edmonton", "Ottawa", "Ottawa", "Mississauga", "Brampton", "Hamilton", "Winnipeg",
        "Québec", "Laval", "Gatineau", "London", "Windsor", "Kitchener", "Niagara Falls", "Barrie", "Sudbury",
        "Thunder Bay", "Regina", "Saskatoon", "Halifax", "Moncton", "Kingston", "Oshawa", "St. Catharines", "Markham",
        "Victoria", "Surrey"
    };
    /** Canadian area codes; with the exchange 555, which is kept out of ordinary service. */
    private static final int[] AREA_CODES = {
        204, 226, 236, 249, 250, 263, 289, 306, 343, 354, 365, 367, 368, 382, 403, 416, 418, 428, 431, 437, 438, 450,
        468, 474, 506, 514, 519, 548, 579, 581, 584, 587, 604, 613, 639, 647, 672, 683, 705, 709, 742, 753, 778, 780,
        782, 807, 819, 825, 867, 873, 879, 902, 905
    };

    private static final PhoneStyle[] STYLES = PhoneStyle.values();
    private static final String[] CONTACT = {
        "Call or text %s.", "Text me at %s.", "Contact: %s.", "Call %s anytime.", "Reach me at %s.", "%s, text only."
    };
    private static final String[] CONTACT_FR = {"Appelle-moi au %s.", "Texte au %s."};

    private final long seed;
    private final int count;
    private final Random random;
    private final List<PlantedNetwork> networks = new ArrayList<>();
    /** For each ad, the network it belongs to, or -1. */
    private final int[] owner;

    private int phonesAllocated;
    /** Where this seed's numbers start, so that two generated sets seldom share a number. */
    private final int phoneOffset;

    private String hotelPhone = "";

    /** A generator of {@code count} ads from {@code seed}. */
    public SyntheticAds(long seed, int count) {
        if (count < 1 || count > 9_999_999) {
            throw new IllegalArgumentException("count must be between 1 and 9,999,999");
        }
        this.seed = seed;
        this.count = count;
        this.random = new Random(seed);
        this.owner = new int[count];
        this.phoneOffset = random.nextInt(AREA_CODES.length * 10_000);
        plant();
    }

    public long seed() {
        return seed;
    }

    public int count() {
        return count;
    }

    /** The number of planted networks. */
    public int networkCount() {
        return networks.size();
    }

    /** The largest network a set of this size gets: tens for a demo, thousands for a million ads. */
    static int largestNetwork(int count) {
        return Math.max(4, Math.min(5_000, count / 100));
    }

    private void plant() {
        int target = (int) Math.round(count * NETWORK_SHARE);
        int largest = largestNetwork(count);
        int planted = 0;
        while (planted < target) {
            double u = random.nextDouble();
            int size = (int) Math.min(largest, Math.floor(2 * Math.pow(1 - u, -1 / (SIZE_EXPONENT - 1))));
            size = Math.min(size, target - planted);
            if (size < 2) {
                break;
            }
            networks.add(network(networks.size(), size));
            planted += size;
        }
        int at = 0;
        for (PlantedNetwork n : networks) {
            for (int k = 0; k < n.size(); k++) {
                owner[at++] = n.id();
            }
        }
        for (int i = at; i < count; i++) {
            owner[i] = -1;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = owner[i];
            owner[i] = owner[j];
            owner[j] = t;
        }
        hotelPhone = "+1" + nextPhone();
    }

    private PlantedNetwork network(int id, int size) {
        String name = AdWords.pick(AdWords.NAMES, random);
        int phoneCount = 1 + Math.min(3, random.nextInt(1 + size / 3));
        List<String> phones = new ArrayList<>();
        for (int p = 0; p < phoneCount; p++) {
            phones.add(nextPhone());
        }
        List<PhoneStyle> styles = List.of(
                STYLES[random.nextInt(STYLES.length)],
                STYLES[random.nextInt(STYLES.length)],
                STYLES[random.nextInt(STYLES.length)]);
        String tag = name.toLowerCase(Locale.ROOT) + (10 + random.nextInt(90));
        String email = random.nextInt(10) < 4
                ? tag + (random.nextBoolean() ? ".bookings" : ".vip") + "@" + AdWords.pick(DOMAINS, random)
                : null;
        String handle = random.nextInt(10) < 4 ? tag + (random.nextBoolean() ? "_vip" : "xo") : null;
        String title = AdWords.fill(AdWords.pick(AdWords.TITLES, random), name, "{c}", random);
        List<String> template = new ArrayList<>(AdWords.sentences(4 + random.nextInt(3), name, "", random));
        // a sentence of the network's own, so that its template is not any other's
        template.add(random.nextInt(template.size() + 1), signature(name));
        int stops = 1 + Math.min(4, random.nextInt(2 + size / 5));
        List<String> route = new ArrayList<>();
        for (int s = 0; s < stops; s++) {
            route.add(AdWords.pick(CITIES, random));
        }
        List<String> sites = List.of(SITES[random.nextInt(SITES.length)], SITES[random.nextInt(SITES.length)]);
        List<String> images = new ArrayList<>();
        for (int m = 0, n = 1 + random.nextInt(3); m < n; m++) {
            images.add(imageHash());
        }
        long duration = (long) (7 + random.nextInt(10 * 7)) * 24 * 3600;
        Instant start = BASE.plusSeconds((long) (random.nextDouble() * (SPAN_SECONDS - duration)));
        return new PlantedNetwork(
                id,
                size,
                name,
                phones,
                styles,
                email,
                handle,
                title,
                template,
                route,
                sites,
                images,
                start,
                duration,
                (8 + random.nextInt(25)) * 10,
                random.nextInt(10) == 0);
    }

    private String signature(String name) {
        return AdWords.pick(AdWords.NAMES, random) + " and " + name + " welcome you to the "
                + AdWords.pick(AdWords.ADJECTIVES, random) + " " + AdWords.pick(AdWords.PLACES, random)
                + ", ask about the " + AdWords.pick(AdWords.ADJECTIVES, random) + " "
                + AdWords.pick(AdWords.SERVICES, random) + ".";
    }

    /**
     * The ten digits of a phone number no other advertiser has: area code, the exchange 555 and a line while those
     * last (530,000 numbers, enough for any set but a benchmark's), then other exchanges.
     */
    private String nextPhone() {
        int c = phonesAllocated++;
        int lines = AREA_CODES.length * 10_000;
        if (c < lines) {
            // a permutation of the numbers, so that consecutive advertisers share neither area code nor line
            int v = (int) (((long) ((c + phoneOffset) % lines) * 7_919 + 1_234) % lines);
            return String.format(Locale.ROOT, "%d555%04d", AREA_CODES[v % AREA_CODES.length], v / AREA_CODES.length);
        }
        long d = c - lines;
        int area = AREA_CODES[(int) (d % AREA_CODES.length)];
        long value = (d / AREA_CODES.length * 1_000_003L) % 7_990_000L;
        int exchange = 200 + (int) (value / 10_000);
        if (exchange >= 555) {
            exchange++;
        }
        return String.format(Locale.ROOT, "%d%03d%04d", area, exchange, value % 10_000);
    }

    private String imageHash() {
        return String.format(Locale.ROOT, "%016x", random.nextLong());
    }

    /** Hands every ad, in order, to {@code sink}. */
    public void generate(Consumer<SyntheticAd> sink) {
        int[] posted = new int[networks.size()];
        for (int i = 0; i < count; i++) {
            int n = owner[i];
            sink.accept(n < 0 ? independent(i) : planted(i, networks.get(n), posted[n]++));
        }
    }

    /** The ad's id at its site: the seed is part of it, so that two generated sets imported together stay apart. */
    private String adId(int i) {
        return String.format(Locale.ROOT, "ad-%s-%07d", Long.toUnsignedString(seed, 36), i);
    }

    private SyntheticAd planted(int i, PlantedNetwork n, int k) {
        String city = n.cityOf(k);
        List<String> sentences = AdWords.edit(n.template(), n.name(), city, random);
        String title = n.title().replace("{c}", city);
        List<WrittenPhone> written = new ArrayList<>();
        int phone = n.phoneOf(k);
        boolean handover = phone > 0 && n.phoneOf(k - 1) != phone;
        // one ad in twenty gives no phone at all: only the template (and maybe the e-mail) tells whose it is
        boolean silent = !handover && n.size() > 2 && random.nextInt(20) == 0;
        if (!silent) {
            PhoneStyle style = n.styles().get(random.nextInt(n.styles().size()));
            written.add(written(n.phones().get(phone), style));
            if (handover) {
                written.add(written(n.phones().get(phone - 1), n.styles().get(0)));
            }
        }
        boolean emailed = n.email() != null && random.nextInt(10) < 6;
        boolean handled = n.handle() != null && random.nextInt(10) < 6;
        Integer age = null;
        if (n.minor() && random.nextBoolean()) {
            age = 16 + random.nextInt(2);
        } else if (random.nextInt(10) < 3) {
            age = 19 + random.nextInt(8);
        }
        return ad(
                i,
                n.sites().get(random.nextInt(n.sites().size())),
                n.postedAt(k).plusSeconds(random.nextInt(6 * 3600)),
                title,
                sentences,
                written,
                emailed ? n.email() : null,
                handled ? n.handle() : null,
                age,
                city,
                n.price() + 10 * (random.nextInt(3) - 1),
                random.nextInt(10) < 7
                        ? List.of(n.images().get(random.nextInt(n.images().size())))
                        : List.of(),
                n.id());
    }

    private SyntheticAd independent(int i) {
        String name = AdWords.pick(AdWords.NAMES, random);
        String city = AdWords.pick(CITIES, random);
        String title = AdWords.fill(AdWords.pick(AdWords.TITLES, random), name, city, random);
        List<String> sentences = AdWords.sentences(3 + random.nextInt(3), name, city, random);
        List<WrittenPhone> written = List.of(written(nextPhone(), STYLES[random.nextInt(STYLES.length)]));
        String tag = name.toLowerCase(Locale.ROOT) + random.nextInt(10_000);
        return ad(
                i,
                SITES[random.nextInt(SITES.length)],
                BASE.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS)),
                title,
                sentences,
                written,
                random.nextInt(10) < 2 ? tag + "@" + AdWords.pick(DOMAINS, random) : null,
                random.nextInt(10) < 2 ? tag + "_" + AdWords.pick(AdWords.ADJECTIVES, random) : null,
                random.nextInt(10) < 4 ? Integer.valueOf(19 + random.nextInt(27)) : null,
                city,
                random.nextInt(10) < 8 ? Integer.valueOf((8 + random.nextInt(25)) * 10) : null,
                random.nextBoolean() ? List.of(imageHash()) : List.of(),
                null);
    }

    private WrittenPhone written(String tenDigits, PhoneStyle style) {
        return new WrittenPhone("+1" + tenDigits, style.write(tenDigits, random), style);
    }

    private SyntheticAd ad(
            int i,
            String site,
            Instant postedAt,
            String title,
            List<String> sentences,
            List<WrittenPhone> written,
            @Nullable String email,
            @Nullable String handle,
            @Nullable Integer age,
            String city,
            @Nullable Integer price,
            List<String> images,
            @Nullable Integer network) {
        StringBuilder body = new StringBuilder(400);
        for (String s : sentences) {
            body.append(s).append(' ');
        }
        for (WrittenPhone w : written) {
            String[] forms = w.style() == PhoneStyle.FRENCH ? CONTACT_FR : CONTACT;
            body.append(String.format(Locale.ROOT, AdWords.pick(forms, random), w.text()))
                    .append(' ');
        }
        List<String> emails = List.of();
        if (email != null) {
            body.append(emailSentence(email)).append(' ');
            emails = random.nextInt(4) == 0 ? List.of(email) : List.of();
        }
        List<String> handles = List.of();
        if (handle != null) {
            body.append(handleSentence(handle)).append(' ');
            handles = random.nextInt(4) == 0 ? List.of("@" + handle) : List.of();
        }
        if (age != null) {
            body.append(ageSentence(age)).append(' ');
        }
        confounders(body, price, network == null);
        List<String> phones = !written.isEmpty() && random.nextInt(5) == 0
                ? List.of(PhoneStyle.DASHED.write(written.get(0).e164().substring(2), random))
                : List.of();
        return new SyntheticAd(
                adId(i),
                site,
                postedAt.truncatedTo(ChronoUnit.SECONDS),
                title,
                body.toString().strip(),
                phones,
                emails,
                handles,
                city,
                price,
                images,
                network,
                written);
    }

    private String emailSentence(String email) {
        int at = email.indexOf('@');
        String user = email.substring(0, at);
        String domain = email.substring(at + 1);
        return switch (random.nextInt(4)) {
            case 0 -> "Email " + email + ".";
            case 1 -> "Email " + user + " at " + domain.replace(".", " dot ") + ".";
            case 2 -> "Write to " + user + "(at)" + domain + ".";
            default -> "Courriel : " + user + " [at] " + domain.replace(".", " [dot] ") + ".";
        };
    }

    private String handleSentence(String handle) {
        return switch (random.nextInt(4)) {
            case 0 -> "Follow @" + handle + ".";
            case 1 -> "Snap: " + handle + ".";
            case 2 -> "IG " + handle + ".";
            default -> "Find me as @" + handle + " on the app.";
        };
    }

    private String ageSentence(int age) {
        return switch (random.nextInt(4)) {
            case 0 -> "Age " + age + ".";
            case 1 -> age + " yrs.";
            case 2 -> age + "yo, " + AdWords.pick(AdWords.ADJECTIVES, random) + ".";
            default -> age + " ans.";
        };
    }

    /**
     * What makes linking harder: shared stock phrases, a popular hotel (its name, and its front desk's number in one
     * independent advertiser's ad in 500: a real phone that strangers share), reference numbers and hours that look
     * like digits of a phone, and prices.
     */
    private void confounders(StringBuilder body, @Nullable Integer price, boolean independent) {
        int r = random.nextInt(1_000);
        if (r < 80) {
            body.append(AdWords.pick(AdWords.STOCK, random)).append(' ');
        } else if (r < 120) {
            body.append("Near the ")
                    .append(AdWords.pick(AdWords.HOTELS, random))
                    .append(". ");
        } else if (r < 122 && independent) {
            body.append("Front desk of the Airport Inn: ")
                    .append(PhoneStyle.DASHED.write(hotelPhone.substring(2), random))
                    .append(". ");
        } else if (r < 162) {
            body.append(String.format(Locale.ROOT, "Ref #%07d. ", random.nextInt(10_000_000)));
        } else if (r < 192) {
            body.append("Open 10am-2am, 7 days, room ")
                    .append(100 + random.nextInt(1900))
                    .append(". ");
        }
        if (price != null && random.nextInt(3) == 0) {
            body.append(String.format(Locale.ROOT, "$%d/hr, $%d for two hours.", price, price * 2 - 20));
        }
    }
}
