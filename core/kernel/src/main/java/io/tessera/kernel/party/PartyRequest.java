package io.tessera.kernel.party;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A party as clients send it, for create and full update (PUT).
 *
 * @param kind           {@code company} or {@code person}
 * @param name           display name; for a person it may be left out when given and family names are set
 * @param givenName      a person's given name
 * @param familyName     a person's family name
 * @param organizationId for a person: the company they work for
 * @param email          primary email
 * @param phone          primary phone
 * @param website        web site
 * @param taxId          VAT or tax number
 * @param notes          free text
 * @param roles          customer, supplier, prospect, partner, employee, … (lower-case words)
 * @param addresses      postal addresses
 * @param contactPoints  further ways to reach the party
 * @param version        on update: the version read, to refuse a lost update; optional
 */
public record PartyRequest(
        @NotNull @Pattern(regexp = "company|person", message = "must be company or person") String kind,
        @Size(max = 300) String name,
        @Size(max = 150) String givenName,
        @Size(max = 150) String familyName,
        UUID organizationId,
        @Email @Size(max = 320) String email,
        @Size(max = 64) String phone,
        @Size(max = 300) String website,
        @Size(max = 64) String taxId,
        @Size(max = 4000) String notes,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z][a-z0-9_-]{0,31}", message = "must be a lower-case word") String> roles,
        @Size(max = 50) List<@NotNull @Valid Address> addresses,
        @Size(max = 50) List<@NotNull @Valid ContactPoint> contactPoints,
        Long version) {

    /**
     * A postal address.
     *
     * @param kind       billing, shipping, … (a lower-case word)
     * @param line1      first line
     * @param line2      second line
     * @param postalCode postal code
     * @param city       city
     * @param region     region or state
     * @param country    ISO 3166-1 alpha-2 country code
     */
    public record Address(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9_-]{0,15}", message = "must be a lower-case word") String kind,
            @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @Size(max = 20) String postalCode,
            @Size(max = 100) String city,
            @Size(max = 100) String region,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country) {
    }

    /**
     * A contact point.
     *
     * @param kind      email, phone, mobile, fax, web, social or other
     * @param value     the address or number
     * @param label     a label such as "Office"
     * @param preferred whether it is the preferred one of its kind
     */
    public record ContactPoint(
            @NotBlank @Pattern(regexp = "email|phone|mobile|fax|web|social|other", message = "must be email, phone, mobile, fax, web, social or other") String kind,
            @NotBlank @Size(max = 320) String value,
            @Size(max = 100) String label,
            boolean preferred) {
    }
}
