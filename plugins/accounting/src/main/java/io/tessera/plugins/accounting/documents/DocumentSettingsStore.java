package io.tessera.plugins.accounting.documents;

import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and writes the tenant's document settings (one row, created on the first write). Call inside a transaction. */
class DocumentSettingsStore {

    static final Set<String> LANGUAGES = Set.of("en", "de");
    static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg");
    static final int MAX_LOGO_BYTES = 512 * 1024;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final TenantJdbc db;

    DocumentSettingsStore(TenantJdbc db) {
        this.db = db;
    }

    DocumentSettings current() {
        return db.sql().sql("select company_name, address, bank_details, payment_terms, reply_to, language, logo_type, version "
                        + "from acc_document_settings where tenant_id = ?")
                .params(db.tenant())
                .query((rs, n) -> new DocumentSettings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7) != null, rs.getLong(8)))
                .optional()
                .orElse(new DocumentSettings(null, null, null, null, null, "en", false, 0));
    }

    /** The logo's bytes and media type, when one is set. */
    Optional<Logo> logo() {
        return db.sql().sql("select logo, logo_type from acc_document_settings where tenant_id = ? and logo_type is not null")
                .params(db.tenant())
                .query((rs, n) -> new Logo(rs.getBytes(1), rs.getString(2)))
                .optional();
    }

    record Logo(byte[] bytes, String type) {
    }

    /** Replaces the settings as a whole (the logo stays); every invalid field is named. */
    DocumentSettings save(DocumentSettings body) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        String name = text(body.companyName(), "companyName", 200, errors);
        String address = text(body.address(), "address", 1000, errors);
        String bank = text(body.bankDetails(), "bankDetails", 500, errors);
        String terms = text(body.paymentTerms(), "paymentTerms", 500, errors);
        String replyTo = text(body.replyTo(), "replyTo", 320, errors);
        if (replyTo != null && !EMAIL.matcher(replyTo).matches()) {
            errors.add(new ApiProblem.FieldError("replyTo", "is not an email address"));
        }
        String language = body.language() == null ? "en" : body.language();
        if (!LANGUAGES.contains(language)) {
            errors.add(new ApiProblem.FieldError("language", "must be en or de"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The document settings are invalid", errors);
        }
        ensureRow();
        db.sql().sql("update acc_document_settings set company_name = ?, address = ?, bank_details = ?, payment_terms = ?, "
                        + "reply_to = ?, language = ?, version = version + 1 where tenant_id = ?")
                .params(name, address, bank, terms, replyTo, language, db.tenant()).update();
        return current();
    }

    void saveLogo(byte[] bytes, String type) {
        if (type == null || !LOGO_TYPES.contains(type)) {
            throw new ApiProblem(415, "A logo is a PNG or JPEG image (Content-Type image/png or image/jpeg)");
        }
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_LOGO_BYTES) {
            throw ApiProblem.invalid("logo", "must be 1 byte to 512 KiB");
        }
        if (!Images.readable(bytes)) {
            throw ApiProblem.invalid("logo", "is not a readable " + type + " image");
        }
        ensureRow();
        db.sql().sql("update acc_document_settings set logo = ?, logo_type = ?, version = version + 1 where tenant_id = ?")
                .params(bytes, type, db.tenant()).update();
    }

    void removeLogo() {
        db.sql().sql("update acc_document_settings set logo = null, logo_type = null, version = version + 1 where tenant_id = ?")
                .params(db.tenant()).update();
    }

    private void ensureRow() {
        boolean exists = !db.sql().sql("select id from acc_document_settings where tenant_id = ? for update")
                .params(db.tenant()).query(java.util.UUID.class).list().isEmpty();
        if (!exists) {
            db.sql().sql("insert into acc_document_settings (tenant_id, id, language) values (?, ?, 'en')")
                    .params(db.tenant(), Ids.newId()).update();
        }
    }

    private static String text(String value, String field, int max, List<ApiProblem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(new ApiProblem.FieldError(field, "must be at most " + max + " characters"));
        }
        return stripped;
    }
}
