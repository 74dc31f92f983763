package io.tessera.kernel.party;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A party in full, as the API returns it; the SDK's {@link io.tessera.sdk.party.PartySummary} and
 * {@link io.tessera.sdk.party.PartyReference} are its short forms.
 *
 * @param id             the party id
 * @param kind           {@code company} or {@code person}
 * @param name           display name
 * @param givenName      a person's given name
 * @param familyName     a person's family name
 * @param organizationId for a person: the company they work for
 * @param email          primary email
 * @param phone          primary phone
 * @param website        web site
 * @param taxId          VAT or tax number
 * @param notes          free text
 * @param roles          roles, sorted
 * @param addresses      postal addresses
 * @param contactPoints  further ways to reach the party
 * @param createdAt      when it was created
 * @param updatedAt      when it was last changed
 * @param archivedAt     when it was archived; null while active
 * @param version        the version, to send back on update
 */
public record PartyDetails(UUID id, String kind, String name, String givenName, String familyName, UUID organizationId,
                 String email, String phone, String website, String taxId, String notes, List<String> roles,
                 List<PartyRequest.Address> addresses, List<PartyRequest.ContactPoint> contactPoints,
                 Instant createdAt, Instant updatedAt, Instant archivedAt, long version) {

    /** Whether the party is archived. */
    public boolean archived() {
        return archivedAt != null;
    }

    static PartyDetails of(Party p) {
        return new PartyDetails(p.getId(), p.getKind().apiName(), p.getName(), p.getGivenName(), p.getFamilyName(),
                p.getOrganizationId(), p.getEmail(), p.getPhone(), p.getWebsite(), p.getTaxId(), p.getNotes(),
                p.getRoles().stream().map(PartyRole::getRole).sorted().toList(),
                p.getAddresses().stream().map(a -> new PartyRequest.Address(a.getKind(), a.getLine1(), a.getLine2(),
                        a.getPostalCode(), a.getCity(), a.getRegion(), a.getCountry())).toList(),
                p.getContactPoints().stream().map(c -> new PartyRequest.ContactPoint(c.getKind(), c.getValue(),
                        c.getLabel(), c.isPreferred())).toList(),
                p.getCreatedAt(), p.getUpdatedAt(), p.getArchivedAt(), p.getVersion() == null ? 0 : p.getVersion());
    }
}
