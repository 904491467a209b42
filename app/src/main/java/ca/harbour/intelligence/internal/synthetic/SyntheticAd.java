package ca.harbour.intelligence.internal.synthetic;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One synthetic ad in the import's columns, with its truth: the planted network it belongs to (none for an
 * independent advertiser) and each of the advertiser's phone numbers as the text writes it.
 */
public record SyntheticAd(
        String adId,
        String site,
        Instant postedAt,
        String title,
        String body,
        List<String> phones,
        List<String> emails,
        List<String> handles,
        String city,
        @Nullable Integer price,
        List<String> imageHashes,
        @Nullable Integer network,
        List<WrittenPhone> writtenPhones) {

    /** A phone number of the advertiser as written in the title or body, and the E.164 form it stands for. */
    public record WrittenPhone(String e164, String text, PhoneStyle style) {}

    /** The advertiser's phone numbers in E.164, each once, in the order written. */
    public List<String> truePhones() {
        return writtenPhones.stream().map(WrittenPhone::e164).distinct().toList();
    }
}
