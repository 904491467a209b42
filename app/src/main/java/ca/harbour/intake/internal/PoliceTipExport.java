package ca.harbour.intake.internal;

import ca.harbour.intake.PoliceTipContent;
import ca.harbour.intake.PoliceTipContents;
import ca.harbour.platform.crypto.FieldCipher;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cuts a police tip recorded on a contact down to what the consent allows ({@link ConsentRule}). */
@Component
class PoliceTipExport implements PoliceTipContents {

    private record Row(UUID contactId, String detail, String basis) {}

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final FieldCipher cipher;

    PoliceTipExport(JdbcClient jdbc, Contacts contacts, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.cipher = cipher;
    }

    @Override
    public Optional<PoliceTipContent> consented(UUID actionId) {
        return jdbc.sql("select contact_id, detail, basis from contact_action where id = :id and kind = 'POLICE_TIP'")
                .param("id", actionId)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        cipher.decrypt(rs.getBytes(2), Contacts.ACTION_DETAIL),
                        rs.getString(3)))
                .optional()
                .flatMap(row -> contacts.find(row.contactId()).map(c -> content(c.form(), row)));
    }

    private static PoliceTipContent content(ContactForm form, Row row) {
        boolean hasNote = row.detail() != null && !row.detail().isBlank();
        List<String> categories = ConsentRule.policeTipCategories(form.consentPolice(), row.basis(), hasNote);
        boolean named = categories.contains(PoliceTipContent.CALLER_IDENTITY);
        return new PoliceTipContent(
                categories,
                form.exploitationTypesOrEmpty(),
                form.indicatorsOrEmpty(),
                form.region() == null ? "" : form.region(),
                form.ageBand() == null ? "UNKNOWN" : form.ageBand(),
                form.isDangerNow(),
                hasNote ? row.detail() : null,
                named ? blankToNull(form.callerName()) : null,
                named ? blankToNull(form.callerPhone()) : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
