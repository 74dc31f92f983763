package io.tessera.plugins.leads;

import io.tessera.plugins.leads.LeadRequests.ConvertRequest;
import io.tessera.plugins.leads.LeadViews.Conversion;
import io.tessera.plugins.leads.api.LeadConverted;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.Members;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Converts a lead, all or nothing: links the company and person that already exist (by the ids given, else
 * by company name and by email) or creates them, creates an opportunity when the tenant has the pipeline
 * module enabled, marks the lead converted and publishes {@link LeadConverted}. A person found by email whose
 * name differs from the lead's is never linked silently: the conversion is refused (409) until the caller names
 * them with {@code personId}. The deal's owner is the lead's owner, or the converting user when the lead has
 * no active owner (no team assigned it).
 */
class ConversionService {

    static final String DEFAULT_CURRENCY = "EUR";
    static final int DEFAULT_CLOSE_DAYS = 30;

    private final LeadService leads;
    private final Parties parties;
    private final OpportunityLink pipeline;
    private final EventPublisher events;
    private final Transactions tx;
    private final Members members;
    private final CurrentUser user;

    ConversionService(LeadService leads, Parties parties, OpportunityLink pipeline, EventPublisher events,
                      Transactions tx, Members members, CurrentUser user) {
        this.members = members;
        this.user = user;
        this.leads = leads;
        this.parties = parties;
        this.pipeline = pipeline;
        this.events = events;
        this.tx = tx;
    }

    @RequiresPermission(LeadsModule.CONVERT)
    Conversion convert(UUID id, ConvertRequest request) {
        ConvertRequest r = request == null ? ConvertRequest.DEFAULTS : request;
        return tx.write(() -> {
            Lead lead = leads.find(id);
            LeadService.requireOpen(lead);

            Optional<PartySummary> company = r.companyId() != null
                    ? Optional.of(parties.find(r.companyId()).filter(PartySummary::isCompany)
                            .orElseThrow(() -> ApiProblem.invalid("companyId", "refers to no company of this tenant")))
                    : parties.findCompaniesByName(lead.getCompany()).stream().findFirst();
            boolean companyLinked = company.isPresent();
            if (company.isEmpty() && lead.getCompany() != null) {
                company = Optional.of(parties.createCompany(lead.getCompany(), null, List.of("prospect")));
            }
            PartySummary theCompany = company.orElse(null);
            UUID companyId = theCompany == null ? null : theCompany.id();

            Optional<PartySummary> person;
            if (r.personId() != null) {
                person = Optional.of(parties.find(r.personId()).filter(p -> !p.isCompany())
                        .orElseThrow(() -> ApiProblem.invalid("personId", "refers to no person of this tenant")));
            } else {
                person = personByEmail(lead);
                if (person.isPresent() && !sameName(person.get().name(), lead.getName())) {
                    // never link silently to someone else: the caller confirms by naming the person
                    throw ApiProblem.conflict("The person with the lead's email is named \u201c" + person.get().name()
                            + "\u201d, not \u201c" + lead.getName() + "\u201d: convert with \"personId\": \""
                            + person.get().id() + "\" to link the lead to them");
                }
            }
            boolean personLinked = person.isPresent();
            PartySummary contact = person.orElseGet(
                    () -> parties.createPerson(lead.getName(), lead.getEmail(), companyId, List.of("prospect")));

            UUID opportunityId = null;
            if (!Boolean.FALSE.equals(r.createOpportunity())) {
                opportunityId = pipeline.forCurrentTenant().map(creator -> creator.create(
                        r.opportunityName() != null && !r.opportunityName().isBlank() ? r.opportunityName().strip()
                                : theCompany != null ? theCompany.name() : lead.getName(),
                        companyId != null ? companyId : contact.id(),
                        owner(lead),
                        r.amount() != null ? r.amount() : BigDecimal.ZERO,
                        r.currency() != null ? r.currency() : DEFAULT_CURRENCY,
                        r.expectedCloseDate() != null ? r.expectedCloseDate() : LocalDate.now().plusDays(DEFAULT_CLOSE_DAYS)))
                        .orElse(null);
            }
            lead.converted(companyId, contact.id(), opportunityId);
            events.publish(new LeadConverted(lead.getId(), companyId, contact.id(), opportunityId, owner(lead),
                    lead.getConvertedAt()));
            return new Conversion(companyId, contact.id(), opportunityId, companyLinked, personLinked);
        });
    }

    /**
     * The person a conversion without {@code personId} would link by email although their name differs from
     * the lead's, for the UI to ask before converting.
     *
     * @param id the lead
     * @return that person, or empty when there is none or the names agree
     */
    @RequiresPermission(LeadsModule.CONVERT)
    Optional<PartySummary> differentlyNamedPerson(UUID id) {
        return tx.read(() -> {
            Lead lead = leads.find(id);
            return personByEmail(lead).filter(p -> !sameName(p.name(), lead.getName()));
        });
    }

    private Optional<PartySummary> personByEmail(Lead lead) {
        return parties.findByEmail(lead.getEmail()).stream().filter(p -> !p.isCompany()).findFirst();
    }

    /** The deal's owner: the lead's, while they are an active member; else the user converting it. */
    private UUID owner(Lead lead) {
        return members.isActive(lead.getOwnerId()) ? lead.getOwnerId() : user.id().orElse(null);
    }

    /** Names agree when they differ only in case, accents and spacing ("José  Díaz" = "jose diaz"). */
    static boolean sameName(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    private static String normalized(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
