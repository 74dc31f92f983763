package io.tessera.plugins.leads;

import io.tessera.sdk.money.CurrencyCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What clients send to the leads API. */
final class LeadRequests {

    private LeadRequests() {
    }

    /** Capture (POST) or full update (PUT). */
    record LeadRequest(@NotBlank @Size(max = 200) String name,
                       @Email @Size(max = 320) String email,
                       @Size(max = 300) String company,
                       @Size(max = 64) String phone,
                       @Size(max = 64) String source,
                       @Size(max = 4000) String message,
                       UUID ownerId,
                       Long version) {
    }

    record DisqualifyRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /**
     * Conversion options, all optional.
     *
     * @param companyId          link this company instead of finding or creating one
     * @param personId           link this person instead of finding or creating one
     * @param createOpportunity  {@code false} to skip the opportunity even where pipeline is enabled
     * @param opportunityName    default: the company's (or the lead's) name
     * @param amount             default 0
     * @param currency           default EUR
     * @param expectedCloseDate  default: 30 days from today
     */
    record ConvertRequest(UUID companyId, UUID personId, Boolean createOpportunity,
                          @Size(max = 200) String opportunityName,
                          @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
                          @CurrencyCode String currency,
                          LocalDate expectedCloseDate) {

        static final ConvertRequest DEFAULTS = new ConvertRequest(null, null, null, null, null, null, null);
    }

    /**
     * A scoring rule.
     *
     * @param kind   {@code field}, {@code source} or {@code activity}
     * @param value  the field, the source, or for activities {@code any} or an activity type
     * @param points points per match (per activity for {@code activity} rules)
     * @param cap    for {@code activity} rules: the most points the rule gives; omitted for no cap
     */
    record RuleRequest(@NotNull @Pattern(regexp = "field|source|activity", message = "must be field, source or activity") String kind,
                       @NotBlank @Size(max = 64) String value,
                       @NotNull @Min(-1000) @Max(1000) Integer points,
                       @Min(0) @Max(100000) Integer cap) {

        RuleRequest(String kind, String value, Integer points) {
            this(kind, value, points, null);
        }
    }

    /** A web form's submission; {@code website} is the honeypot and must stay empty. */
    record PublicSubmission(@NotBlank @Size(max = 200) String name,
                            @Email @Size(max = 320) String email,
                            @Size(max = 300) String company,
                            @Size(max = 64) String phone,
                            @Size(max = 4000) String message,
                            @Size(max = 300) String website) {
    }

    record FormRequest(@NotBlank @Size(max = 100) String name, @Size(max = 64) String source) {
    }

    record TeamRequest(@NotNull @Size(max = 100) List<@NotNull UUID> userIds) {
    }
}
