package ca.harbour.platform.web;

/**
 * A number a staff home card shows its viewer, as a link to the page that lists what was counted: three tasks
 * overdue, say, linking to the tasks filtered to the overdue ones.
 *
 * @param textKey message key of the text, given the count as its argument (a choice format words none, one and
 *     several)
 * @param count how many
 * @param path where the link goes, inside the application
 * @param urgent whether the count asks for action now (shown as urgent when above zero)
 */
public record CardCount(String textKey, long count, String path, boolean urgent) {

    public CardCount {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a card count's path starts with /: " + path);
        }
        if (count < 0) {
            throw new IllegalArgumentException("a card count is not negative: " + count);
        }
    }
}
