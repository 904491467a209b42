package ca.harbour.care.internal;

import ca.harbour.platform.domain.Rejection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An item of information to share at a conference, as typed: the category, the organization it goes to, the ground
 * (a consent, or a legal basis with a reason). {@link #parse} reads the parts; whether the ground holds is
 * {@link SharingRule}'s to decide.
 */
public record ShareForm(
        @Nullable String category,
        @Nullable String organizationId,
        @Nullable String basis,
        @Nullable String consentId,
        @Nullable String reason) {

    public static ShareForm empty() {
        return new ShareForm("", "", "CONSENT", "", "");
    }

    /** The item, when every part reads; {@code organizations} are those information may go to. */
    public SharingRule.Item parse(Set<UUID> organizations) {
        Map<String, String> errors = new LinkedHashMap<>();
        InformationCategory what = FormParts.code(InformationCategory.class, category);
        if (what == null) {
            errors.put("category", "care.share.error.categoryMissing");
        }
        UUID to = FormParts.uuid(organizationId);
        if (to == null || !organizations.contains(to)) {
            errors.put("organizationId", "care.share.error.organizationMissing");
        }
        SharingBasis ground = FormParts.code(SharingBasis.class, basis);
        if (ground == null) {
            errors.put("basis", "care.share.error.noGround");
        }
        UUID consent = FormParts.uuid(consentId);
        if (FormParts.text(consentId) != null && consent == null) {
            errors.put("consentId", "care.share.error.noGround");
        }
        if (!errors.isEmpty()) {
            throw Rejection.of("error.validation", errors).exception();
        }
        return new SharingRule.Item(what, to, ground, ground == SharingBasis.CONSENT ? consent : null, reason);
    }
}
