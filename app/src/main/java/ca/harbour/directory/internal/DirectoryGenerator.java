package ca.harbour.directory.internal;

import ca.harbour.directory.internal.DirectoryService.Area;
import ca.harbour.directory.internal.DirectoryService.Capacity;
import ca.harbour.directory.internal.DirectoryService.Contact;
import ca.harbour.directory.internal.DirectoryService.Hours;
import ca.harbour.directory.internal.DirectoryService.Language;
import ca.harbour.directory.internal.DirectoryService.Org;
import ca.harbour.directory.internal.DirectoryService.Phone;
import ca.harbour.directory.internal.DirectoryService.Site;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Synthetic, clearly labelled directory records for the demo and the benchmark: the same
 * {@link Random} always yields the same records (ids included).
 */
@Component
public class DirectoryGenerator {

    public record Batch(Org organization, List<DirectoryService> services) {}

    private static final String[][] KINDS = {
        {"Women's Centre", "Centre des femmes"}, {"Community Services", "Services communautaires"},
        {"Youth Services", "Services jeunesse"}, {"Friendship Centre", "Centre d'amitié"},
        {"Legal Clinic", "Clinique juridique"}, {"Health Centre", "Centre de santé"},
        {"Rainbow Alliance", "Alliance arc-en-ciel"}, {"Newcomer Centre", "Centre pour nouveaux arrivants"}
    };
    private static final String[] LANGS = {
        "en:English",
        "fr:French",
        "es:Spanish",
        "ar:Arabic",
        "zh:Chinese",
        "pa:Punjabi",
        "tl:Tagalog",
        "oj:Ojibwe",
        "cr:Cree",
        "uk:Ukrainian",
        "ko:Korean",
        "pt:Portuguese"
    };
    private static final String[] STREETS = {
        "Main Street",
        "King Street",
        "Queen Street",
        "Elm Avenue",
        "Lakeshore Road",
        "Victoria Street",
        "Riverside Drive",
        "Church Street"
    };

    private final Taxonomy taxonomy;
    private final Places places;

    DirectoryGenerator(Taxonomy taxonomy, Places places) {
        this.taxonomy = taxonomy;
        this.places = places;
    }

    public Batch organization(Random random, UUID owner) {
        return organization(random, owner, taxonomy.terms());
    }

    /** One organization with 3 to 7 services, drawing needs from {@code terms} (Harbour's taxonomy). */
    public Batch organization(Random random, UUID owner, List<Term> terms) {
        Place home = places.all().get(random.nextInt(places.all().size()));
        int kind = random.nextInt(KINDS.length);
        boolean indigenous = kind == 3 || random.nextInt(12) == 0;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Org org = new Org(
                uuid(random),
                // one name field, so the name is bilingual in the data, as many Ontario organizations' names are
                "Demo " + home.name() + " " + KINDS[kind][0] + " / " + KINDS[kind][1] + " " + of(home.name())
                        + " (démo)",
                null,
                "Demo organization serving " + home.name() + " and area. Synthetic record. / Organisme de démonstration"
                        + " au service de " + home.name() + " et des environs. Données fictives.",
                null,
                null,
                indigenous,
                owner,
                true,
                now);
        List<DirectoryService> services = new ArrayList<>();
        int count = 3 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            Place place = random.nextInt(4) == 0
                    ? places.all().get(random.nextInt(places.all().size()))
                    : home;
            services.add(service(random, org, place, terms, kind, now));
        }
        return new Batch(org, services);
    }

    private DirectoryService service(Random random, Org org, Place place, List<Term> terms, int kind, Instant now) {
        Term main = terms.get(random.nextInt(terms.size()));
        Set<Term> needs = new LinkedHashSet<>();
        needs.add(main);
        if (random.nextInt(3) == 0) {
            needs.add(terms.get(random.nextInt(terms.size())));
        }
        if (org.indigenousLed()) {
            needs.add(byCode(terms, "indigenous-specific"));
        }
        if (kind == 2) {
            needs.add(byCode(terms, "youth-specific"));
        }
        boolean shelter = main.code().equals("emergency-shelter") || main.code().equals("transitional-housing");
        boolean open247 = shelter || random.nextInt(6) == 0;
        boolean youth = needs.stream().anyMatch(t -> t.code().equals("youth-specific"));
        Integer min =
                youth ? Integer.valueOf(12 + random.nextInt(4)) : random.nextInt(3) == 0 ? Integer.valueOf(16) : null;
        Integer max = youth ? Integer.valueOf(24 + random.nextInt(6)) : null;
        String gender = kind == 0 ? "women" : random.nextInt(15) == 0 ? "gender-diverse" : "any";
        UUID id = uuid(random);
        List<Language> languages = new ArrayList<>(List.of(new Language(uuid(random), "en", "English")));
        if (random.nextInt(3) > 0) {
            languages.add(new Language(uuid(random), "fr", "French"));
        }
        String extra = LANGS[2 + random.nextInt(LANGS.length - 2)];
        if (random.nextBoolean()) {
            languages.add(new Language(uuid(random), extra.substring(0, 2), extra.substring(3)));
        }
        double lat = place.latitude() + (random.nextDouble() - 0.5) * 0.02;
        double lon = place.longitude() + (random.nextDouble() - 0.5) * 0.02;
        Site site = new Site(
                uuid(random),
                uuid(random),
                main.name() + " — " + place.name(),
                round(lat),
                round(lon),
                uuid(random),
                (10 + random.nextInt(990)) + " " + STREETS[random.nextInt(STREETS.length)],
                place.name(),
                "",
                uuid(random),
                random.nextBoolean()
                        ? "Step-free entrance; accessible washroom. / Entrée de plain-pied; toilettes accessibles."
                        : "Entrance has two steps; call ahead for the side door. / Deux marches à l'entrée; appelez"
                                + " avant de venir pour entrer par la porte de côté.");
        List<Hours> hours = open247
                ? List.of(new Hours(
                        uuid(random),
                        "MO,TU,WE,TH,FR,SA,SU",
                        LocalTime.MIDNIGHT,
                        LocalTime.of(23, 59),
                        "Open 24 hours, every day / Ouvert 24 heures sur 24, tous les jours"))
                : List.of(new Hours(
                        uuid(random),
                        "MO,TU,WE,TH,FR",
                        LocalTime.of(9, 0),
                        LocalTime.of(17 + random.nextInt(4), 0),
                        null));
        List<Capacity> capacity = shelter
                ? List.of(
                        new Capacity(uuid(random), Taxonomy.BED, "bed", random.nextInt(6), 6 + random.nextInt(20), now))
                : List.of();
        String phone = String.format("+1-555-%03d-%04d", random.nextInt(1000), random.nextInt(10_000));
        // About one shelter in three keeps its address secret; decided from its id, not by drawing
        // from the random stream, so every other demo record stays as the seed made it before.
        boolean confidential = shelter && Math.floorMod(id.getLeastSignificantBits(), 3) == 0;
        return new DirectoryService(
                id,
                org,
                "Demo " + main.name() + " — " + place.name(),
                "Démo — " + main.nameFr() + " — " + place.name(),
                "Demo service. " + main.description() + " Free and confidential, serving " + place.name() + ".",
                "Service de démonstration. " + frenchDescription(main) + " Gratuit et confidentiel, à " + place.name()
                        + ".",
                null,
                null,
                "active",
                confidential
                        ? "Call us first: we give the address by phone. You do not need a referral."
                        : "Call us or walk in. You do not need a referral.",
                confidential
                        ? "Appelez-nous d'abord : nous donnons l'adresse par téléphone. Aucune recommandation n'est nécessaire."
                        : "Appelez-nous ou présentez-vous. Aucune recommandation n'est nécessaire.",
                null,
                min,
                max,
                gender,
                open247,
                random.nextInt(5) > 0,
                confidential,
                "Demo intake: ask for the duty worker; screen for safety first. / Accueil démo : demandez"
                        + " l'intervenante de garde; vérifiez d'abord la sécurité.",
                referralLine(phone, 100 + random.nextInt(900)),
                true,
                now.minus(random.nextInt(200), ChronoUnit.DAYS),
                now,
                new ArrayList<>(needs),
                languages,
                List.of(site),
                List.of(new Phone(uuid(random), phone, null, "voice", null)),
                hours,
                List.of(new Area(uuid(random), place.name())),
                List.of(new Contact(uuid(random), "Demo Intake Desk", "Intake", null)),
                capacity);
    }

    private static String referralLine(String phone, int extension) {
        return "Demo referral line " + phone + " ext. " + extension + " / Ligne d'orientation démo " + phone
                + ", poste " + extension;
    }

    /** "de Toronto", "d'Ottawa": the French for "of" before a place name. */
    static String of(String place) {
        return "AEIOUÉÈÎ".indexOf(Character.toUpperCase(place.charAt(0))) >= 0 ? "d'" + place : "de " + place;
    }

    private static Term byCode(List<Term> terms, String code) {
        return terms.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private static String frenchDescription(Term t) {
        return switch (t.code()) {
            case "emergency-shelter" -> "Un endroit sûr où dormir ce soir.";
            case "transitional-housing" -> "Un logement pour quelques mois, le temps de reprendre pied.";
            case "victim-services" -> "Soutien aux victimes d'actes criminels et de traite.";
            case "counselling" -> "Parler avec une personne conseillère qualifiée.";
            case "mental-health" -> "Soins pour le bien-être émotionnel et mental.";
            case "addictions" -> "Aide pour l'alcool, les drogues et les autres dépendances.";
            case "medical-sexual-health" -> "Médecins, infirmières, cliniques et santé sexuelle.";
            case "legal-aid" -> "Aide juridique gratuite ou à faible coût.";
            case "immigration" -> "Aide pour le statut d'immigration et les papiers.";
            case "income-support" -> "De l'argent pour la nourriture, le loyer et les besoins quotidiens.";
            case "employment-training" -> "Emplois, compétences et formation.";
            case "interpretation" -> "Des services dans votre langue grâce à des interprètes.";
            case "indigenous-specific" -> "Services par et pour les Premières Nations, les Inuit et les Métis.";
            case "youth-specific" -> "Services pour les enfants et les jeunes.";
            default -> "Services pour les personnes bispirituelles, lesbiennes, gaies, bisexuelles, trans et queers.";
        };
    }

    private static double round(double v) {
        return Math.round(v * 100_000d) / 100_000d;
    }

    static UUID uuid(Random random) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (b[i] & 0xff);
            lsb = (lsb << 8) | (b[8 + i] & 0xff);
        }
        return new UUID(msb, lsb);
    }
}
