package ca.harbour.cases.internal.work;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a planned service stands. A service is planned, then requested from its provider, then under way, then
 * delivered; it may be cancelled until it is delivered. Delivered and cancelled are final: a service needed
 * again is planned again.
 */
public enum PlannedServiceStatus {
    PLANNED,
    REQUESTED,
    IN_PROGRESS,
    DELIVERED,
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<PlannedServiceStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(REQUESTED, IN_PROGRESS, DELIVERED, CANCELLED);
            case REQUESTED -> EnumSet.of(PLANNED, IN_PROGRESS, DELIVERED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(DELIVERED, CANCELLED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(PlannedServiceStatus.class);
        };
    }

    public boolean mayMoveTo(PlannedServiceStatus to) {
        return next().contains(to);
    }

    /** Still to be given: planned, requested or in progress. */
    public boolean open() {
        return this != DELIVERED && this != CANCELLED;
    }
}
