package io.tessera.ui.app.parties;

import io.tessera.kernel.party.PartyRequest;
import io.tessera.kernel.party.PartyDetails;
import io.tessera.sdk.party.PartySummary;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The party form's bean: the simple fields of a party, validated as the API validates them. */
public class PartyDraft {

    private String kind = "company";
    @Size(max = 300)
    private String name = "";
    @Size(max = 150)
    private String givenName = "";
    @Size(max = 150)
    private String familyName = "";
    private PartySummary organization;
    @Email
    @Size(max = 320)
    private String email = "";
    @Size(max = 64)
    private String phone = "";
    @Size(max = 300)
    private String website = "";
    @Size(max = 64)
    private String taxId = "";
    @Size(max = 4000)
    private String notes = "";
    private Set<String> roles = new LinkedHashSet<>();
    private Long version;

    /**
     * A new party of a kind.
     *
     * @param kind {@code company} or {@code person}
     * @return the empty draft
     */
    static PartyDraft of(String kind) {
        PartyDraft draft = new PartyDraft();
        draft.kind = kind;
        return draft;
    }

    /**
     * A draft of an existing party.
     *
     * @param party        the party
     * @param organization its company, when it is a person working for one
     * @return the draft
     */
    static PartyDraft of(PartyDetails party, PartySummary organization) {
        PartyDraft draft = of(party.kind());
        draft.name = nonNull(party.name());
        draft.givenName = nonNull(party.givenName());
        draft.familyName = nonNull(party.familyName());
        draft.organization = organization;
        draft.email = nonNull(party.email());
        draft.phone = nonNull(party.phone());
        draft.website = nonNull(party.website());
        draft.taxId = nonNull(party.taxId());
        draft.notes = nonNull(party.notes());
        draft.roles = new LinkedHashSet<>(party.roles());
        draft.version = party.version();
        return draft;
    }

    /**
     * The request the kernel's service takes.
     *
     * @param addresses     the addresses
     * @param contactPoints the contact points
     * @return the request
     */
    PartyRequest toRequest(List<PartyRequest.Address> addresses, List<PartyRequest.ContactPoint> contactPoints) {
        return new PartyRequest(kind, name, givenName, familyName, organization == null ? null : organization.id(),
                email, phone, website, taxId, notes, List.copyOf(roles), addresses, contactPoints, version);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public PartySummary getOrganization() {
        return organization;
    }

    public void setOrganization(PartySummary organization) {
        this.organization = organization;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles;
    }

    public Long getVersion() {
        return version;
    }
}
