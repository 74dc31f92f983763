package io.tessera.kernel.party;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A party as the API returns it. */
record PartyView(UUID id, String kind, String name, String givenName, String familyName, UUID organizationId,
                 String email, String phone, String website, String taxId, String notes, List<String> roles,
                 List<PartyRequest.Address> addresses, List<PartyRequest.ContactPoint> contactPoints,
                 Instant createdAt, Instant updatedAt, long version) {

    static PartyView of(Party p) {
        return new PartyView(p.getId(), p.getKind().apiName(), p.getName(), p.getGivenName(), p.getFamilyName(),
                p.getOrganizationId(), p.getEmail(), p.getPhone(), p.getWebsite(), p.getTaxId(), p.getNotes(),
                p.getRoles().stream().map(PartyRole::getRole).sorted().toList(),
                p.getAddresses().stream().map(a -> new PartyRequest.Address(a.getKind(), a.getLine1(), a.getLine2(),
                        a.getPostalCode(), a.getCity(), a.getRegion(), a.getCountry())).toList(),
                p.getContactPoints().stream().map(c -> new PartyRequest.ContactPoint(c.getKind(), c.getValue(),
                        c.getLabel(), c.isPreferred())).toList(),
                p.getCreatedAt(), p.getUpdatedAt(), p.getVersion() == null ? 0 : p.getVersion());
    }
}
