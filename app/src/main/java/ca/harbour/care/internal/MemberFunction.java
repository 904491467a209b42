package ca.harbour.care.internal;

import ca.harbour.identity.OrganizationType;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a member brings to a CARE team. It decides what they may see where the law keeps information apart: a police
 * member does not read child-protection notes unless they were shared with a recorded basis.
 */
public enum MemberFunction {
    CHILD_PROTECTION,
    POLICE,
    INDIGENOUS_LIAISON,
    OTHER;

    /**
     * The functions a member from an organization of this type may have: a police officer is always POLICE and a
     * children's aid society worker always CHILD_PROTECTION, since what they may read depends on it; anyone else is
     * an Indigenous liaison or "other", never either of those two.
     */
    public static Set<MemberFunction> allowedFor(OrganizationType type) {
        return switch (type) {
            case POLICE_SERVICE -> EnumSet.of(POLICE);
            case CHILDRENS_AID_SOCIETY -> EnumSet.of(CHILD_PROTECTION);
            default -> EnumSet.of(INDIGENOUS_LIAISON, OTHER);
        };
    }

    /** The function a member from an organization of this type has unless said otherwise. */
    public static MemberFunction of(OrganizationType type) {
        return switch (type) {
            case CHILDRENS_AID_SOCIETY -> CHILD_PROTECTION;
            case POLICE_SERVICE -> POLICE;
            case INDIGENOUS_ORGANIZATION -> INDIGENOUS_LIAISON;
            default -> OTHER;
        };
    }
}
