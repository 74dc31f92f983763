package io.tessera.sdk.party;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's parties, for modules. Inject it into a component. Every method acts in the
 * current tenant only (another tenant's id is simply not found) and joins the caller's transaction; the reading
 * methods, called without one (e.g. from a view), open a read-only transaction of their own. Creating needs the
 * caller's transaction.
 */
public interface Parties {

    /**
     * One party.
     *
     * @param id the party id
     * @return the party, or empty when the current tenant has none with this id
     */
    Optional<PartySummary> find(UUID id);

    /**
     * Several parties in one query.
     *
     * @param ids party ids
     * @return id → party, for the ids the current tenant has
     */
    Map<UUID, PartySummary> findAll(Collection<UUID> ids);

    /**
     * Parties whose primary email equals the given one, ignoring case.
     *
     * @param email an email address
     * @return matching parties, at most 20
     */
    List<PartySummary> findByEmail(String email);

    /**
     * Companies whose name equals the given one, ignoring case and surrounding blanks.
     *
     * @param name a company name
     * @return matching companies, at most 20
     */
    List<PartySummary> findCompaniesByName(String name);

    /**
     * The party a record about to be written will refer to, locked against deletion until the caller's transaction
     * ends: call it instead of {@link #find(UUID)} before inserting or re-pointing a reference, in the same
     * transaction. A concurrent delete of the party then waits for that transaction and counts the new reference
     * (409); a party deleted first is not found here. Outside a transaction it fails (the lock would end at once).
     *
     * @param id the party id, or {@code null}
     * @return the party, or empty for {@code null}, an unknown id, another tenant's party or a deleted one
     */
    Optional<PartySummary> findForLink(UUID id);

    /**
     * A page of parties whose name or primary email contains the text, ignoring case, ordered by name — for
     * pickers that load lazily. Archived parties are left out (they still are {@linkplain #find(UUID) found} by id).
     *
     * @param text   the text to look for; blank lists every party
     * @param offset rows to skip, from 0
     * @param limit  rows to return, 1 to 200
     * @return the matching parties on that page
     * @throws IllegalArgumentException when offset or limit is out of range
     */
    List<PartySummary> search(String text, int offset, int limit);

    /**
     * A page of the people who work for a company (persons whose organization it is), ordered by name — for contact
     * pickers that load lazily. Archived people are left out.
     *
     * @param organizationId the company
     * @param text           the text their name or primary email contains, ignoring case; blank for all of them
     * @param offset         rows to skip, from 0
     * @param limit          rows to return, 1 to 200
     * @return the company's people on that page; empty for an unknown id or a party that is not a company
     */
    List<PartySummary> people(UUID organizationId, String text, int offset, int limit);

    /**
     * A page of the companies whose name or primary email contains the text, ignoring case, ordered by name — for
     * company pickers that load lazily. Archived companies are left out.
     *
     * @param text   the text to look for; blank lists every company
     * @param offset rows to skip, from 0
     * @param limit  rows to return, 1 to 200
     * @return the matching companies on that page
     * @throws IllegalArgumentException when offset or limit is out of range
     */
    List<PartySummary> searchCompanies(String text, int offset, int limit);

    /**
     * The people who work for a company (whose organization it is), archived ones included: their records
     * belong to the company's history.
     *
     * @param companyId the company's id
     * @return the ids of its people, at most {@code limit}, in id order; empty for an unknown id or a person
     * @param limit at most this many ids, 1 to 10,000
     * @throws IllegalArgumentException when limit is out of range
     */
    List<UUID> peopleOf(UUID companyId, int limit);

    /**
     * Creates a company.
     *
     * @param name  its name, not blank
     * @param email its primary email, or {@code null}
     * @param roles roles such as {@code prospect} or {@code customer} (lower-case words)
     * @return the new company
     */
    PartySummary createCompany(String name, String email, List<String> roles);

    /**
     * Creates a person.
     *
     * @param name           their name, not blank
     * @param email          their primary email, or {@code null}
     * @param organizationId the company they work for, or {@code null}
     * @param roles          roles such as {@code prospect} (lower-case words)
     * @return the new person
     */
    PartySummary createPerson(String name, String email, UUID organizationId, List<String> roles);
}
