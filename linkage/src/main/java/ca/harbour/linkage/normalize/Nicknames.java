package ca.harbour.linkage.normalize;

import java.util.HashMap;
import java.util.Map;

/** Maps common English and French nicknames and short forms to a canonical given name. */
public final class Nicknames {
    private static final Map<String, String> CANON = new HashMap<>();

    static {
        add("robert", "bob", "bobby", "rob", "robbie", "bert");
        add("william", "bill", "billy", "will", "willy", "liam");
        add("richard", "dick", "rick", "ricky", "rich");
        add("james", "jim", "jimmy", "jamie");
        add("john", "jack", "johnny", "jon");
        add("michael", "mike", "mikey", "mick", "micky");
        add("elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby", "elisabeth");
        add("margaret", "maggie", "meg", "peggy", "marge", "margie");
        add("katherine", "kate", "katie", "kathy", "cathy", "catherine", "kathryn", "kat", "katy");
        add("thomas", "tom", "tommy");
        add("joseph", "joe", "joey");
        add("charles", "charlie", "chuck", "chas");
        add("christopher", "chris", "kit");
        add("daniel", "dan", "danny");
        add("matthew", "matt");
        add("anthony", "tony");
        add("andrew", "andy", "drew");
        add("edward", "ed", "eddie", "ted", "ned");
        add("alexander", "alex", "sasha", "xander");
        add("alexandra", "alexa", "sandra", "sandy");
        add("benjamin", "ben", "benny");
        add("samuel", "sam", "sammy");
        add("nicholas", "nick", "nicky", "nicolas");
        add("jennifer", "jen", "jenny");
        add("jessica", "jess", "jessie");
        add("patricia", "pat", "patty", "trish", "tricia");
        add("patrick", "paddy");
        add("rebecca", "becky", "becca");
        add("susan", "sue", "susie", "suzanne");
        add("deborah", "deb", "debbie", "debra");
        add("victoria", "vicky", "tori");
        add("stephen", "steve", "steven", "stevie");
        add("timothy", "tim", "timmy");
        add("gregory", "greg");
        add("jonathan", "jonny");
        add("kenneth", "ken", "kenny");
        add("lawrence", "larry");
        add("ronald", "ron", "ronnie");
        add("donald", "don", "donnie");
        add("david", "dave", "davey");
        add("peter", "pete");
        add("frederick", "fred", "freddie", "freddy");
        add("josephine", "jo", "josie");
        add("abigail", "abby", "abbie");
        add("christine", "chrissy", "tina", "christina");
        add("isabelle", "isabel", "izzy", "bella", "isabella");
        add("jean francois", "jf");
        add("francois", "francis", "frank", "frankie");
        add("guillaume", "guy");
        add("philippe", "phil", "philip", "phillip");
        add("genevieve", "gen");
        add("marie", "mary", "molly", "mae", "maria");
        add("joshua", "josh");
        add("zachary", "zach", "zack");
        add("nathan", "nate", "nathaniel");
        add("madison", "maddie", "maddy");
        add("samantha", "sammie");
        add("amanda", "mandy");
        add("dorothy", "dot", "dottie");
        add("raymond", "ray");
        add("gerald", "gerry", "jerry");
    }

    private Nicknames() {}

    private static void add(String canon, String... nicks) {
        CANON.put(canon, canon);
        for (String n : nicks) {
            CANON.putIfAbsent(n, canon);
        }
    }

    /** Canonical given name for a folded name (the name itself when it is no known nickname). */
    public static String canonical(String folded) {
        if (folded == null) {
            return null;
        }
        return CANON.getOrDefault(folded, folded);
    }
}
