package ca.harbour.cases.internal;

import ca.harbour.cases.CaseStage;
import ca.harbour.cases.CaseStatus;
import ca.harbour.platform.domain.Rejection;
import org.jspecify.annotations.Nullable;

/** Reads the codes a form or the API sends, refusing an unknown one as a wrong choice (never a server error). */
public final class CaseCodes {

    private CaseCodes() {}

    public static CaseStage stage(@Nullable String code) {
        for (CaseStage s : CaseStage.values()) {
            if (s.name().equals(code)) {
                return s;
            }
        }
        throw Rejection.field("stage", "cases.error.code").exception();
    }

    public static CaseStatus status(@Nullable String code) {
        for (CaseStatus s : CaseStatus.values()) {
            if (s.name().equals(code)) {
                return s;
            }
        }
        throw Rejection.field("status", "cases.error.code").exception();
    }

    /** The status filter of the list: blank or unknown is "any". */
    public static @Nullable CaseStatus statusOrAny(@Nullable String code) {
        for (CaseStatus s : CaseStatus.values()) {
            if (s.name().equals(code)) {
                return s;
            }
        }
        return null;
    }
}
