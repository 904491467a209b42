package ca.harbour.intake.internal;

import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.CaseOpeningContent;
import ca.harbour.intake.CaseOpeningContents;
import ca.harbour.platform.crypto.FieldCipher;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cuts a contact's "case needed" action down to what may go into a case: the situation always; the caller's name
 * and the advocate's note only on the caller's consent ({@link ConsentRule} decided the basis when the action was
 * recorded).
 */
@Component
class CaseOpeningExport implements CaseOpeningContents {

    private record Row(UUID contactId, @Nullable String detail, String basis) {}

    private final JdbcClient jdbc;
    private final ContactDesk desk;
    private final FieldCipher cipher;

    CaseOpeningExport(JdbcClient jdbc, ContactDesk desk, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.cipher = cipher;
    }

    @Override
    public Optional<CaseOpeningContent> consented(StaffPrincipal viewer, UUID actionId) {
        return jdbc.sql("select contact_id, detail, basis from contact_action where id = :id and kind = 'CASE_NEEDED'")
                .param("id", actionId)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        cipher.decrypt(rs.getBytes(2), Contacts.ACTION_DETAIL),
                        rs.getString(3)))
                .optional()
                .map(row -> content(actionId, desk.visible(viewer, row.contactId(), ContactDesk.READ), row));
    }

    private static CaseOpeningContent content(UUID actionId, Contacts.Contact contact, Row row) {
        ContactForm form = contact.form();
        boolean consent = "CONSENT".equals(row.basis());
        return new CaseOpeningContent(
                actionId,
                contact.id(),
                contact.startedAt(),
                row.basis(),
                form.callerType() == null ? "ANONYMOUS" : form.callerType(),
                form.exploitationTypesOrEmpty(),
                form.indicatorsOrEmpty(),
                form.ageBand() == null ? "UNKNOWN" : form.ageBand(),
                form.gender() == null ? "UNKNOWN" : form.gender(),
                blankToNull(form.callerLanguage()),
                consent ? blankToNull(form.callerName()) : null,
                consent ? blankToNull(row.detail()) : null);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
