package ca.harbour.platform.web;

import java.util.List;

/**
 * What a module counts for a staff home card, for the viewer of the current request (the module reads who that is,
 * and counts only what that viewer may see). Called each time the staff home is shown, so it should be one cheap
 * query or a few; it answers no count rather than a count the viewer may not know.
 */
@FunctionalInterface
public interface CardCounts {

    List<CardCount> forCurrentViewer();
}
