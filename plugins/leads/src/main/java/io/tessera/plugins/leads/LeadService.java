package io.tessera.plugins.leads;

import io.tessera.plugins.leads.LeadRequests.LeadRequest;
import io.tessera.plugins.leads.LeadViews.Duplicates;
import io.tessera.plugins.leads.LeadViews.LeadView;
import io.tessera.plugins.leads.LeadViews.PartyMatch;
import io.tessera.sdk.Members;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.persistence.Like;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.Cursor;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.PageView.Paging;
import io.tessera.sdk.web.RowExport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The current tenant's leads: capture (scored and assigned), read, update, qualify, disqualify, duplicates. */
class LeadService {

    private final EntityManager em;
    private final Transactions tx;
    private final ScoringService scoring;
    private final TeamService team;
    private final Parties parties;
    private final Members members;

    LeadService(EntityManager em, Transactions tx, ScoringService scoring, TeamService team, Parties parties,
                Members members) {
        this.members = members;
        this.em = em;
        this.tx = tx;
        this.scoring = scoring;
        this.team = team;
        this.parties = parties;
    }

    /** Filters of the list; {@code null} means any. */
    record Filter(LeadStatus status, UUID ownerId, String source) {
    }

    @RequiresPermission(LeadsModule.WRITE)
    LeadView capture(LeadRequest r) {
        return tx.write(() -> {
            requireMember(r.ownerId(), null);
            Lead lead = new Lead(r.name().strip());
            describe(lead, r);
            lead.assignTo(r.ownerId() != null ? r.ownerId() : team.nextAssignee().orElse(null));
            scoring.score(lead);
            em.persist(lead);
            em.flush();
            return LeadView.of(lead);
        });
    }

    LeadView get(UUID id) {
        return tx.read(() -> LeadView.of(find(id)));
    }

    @RequiresPermission(LeadsModule.WRITE)
    LeadView update(UUID id, LeadRequest r) {
        return tx.write(() -> {
            Lead lead = find(id);
            if (r.version() != null && !Objects.equals(r.version(), lead.getVersion())) {
                throw ApiProblem.conflict("Lead " + id + " was changed by someone else (version " + lead.getVersion()
                        + ", you sent " + r.version() + "); reload it and try again");
            }
            requireOpen(lead);
            requireMember(r.ownerId(), lead.getOwnerId());
            describe(lead, r);
            if (r.ownerId() != null) {
                lead.assignTo(r.ownerId());
            }
            scoring.score(lead);
            em.flush();
            return LeadView.of(lead);
        });
    }

    @RequiresPermission(LeadsModule.WRITE)
    LeadView qualify(UUID id) {
        return tx.write(() -> {
            Lead lead = find(id);
            if (lead.getStatus() != LeadStatus.NEW) {
                throw ApiProblem.conflict("Only a new lead can be qualified; lead " + id + " is " + lead.getStatus().apiName());
            }
            lead.qualify();
            em.flush();
            return LeadView.of(lead);
        });
    }

    @RequiresPermission(LeadsModule.WRITE)
    LeadView disqualify(UUID id, String reason) {
        return tx.write(() -> {
            Lead lead = find(id);
            requireOpen(lead);
            lead.disqualify(reason.strip());
            em.flush();
            return LeadView.of(lead);
        });
    }

    Duplicates duplicates(UUID id) {
        return tx.read(() -> {
            Lead lead = find(id);
            return new Duplicates(parties.findByEmail(lead.getEmail()).stream().map(PartyMatch::of).toList(),
                    parties.findCompaniesByName(lead.getCompany()).stream().map(PartyMatch::of).toList());
        });
    }

    /** A page by number or, when {@code paging} has a cursor, the leads after it; newest first (by id). */
    PageView<LeadView> list(Filter f, Paging paging) {
        return tx.read(() -> {
            Map<String, Object> params = new LinkedHashMap<>();
            String where = where(f, null, params);
            String after = "";
            if (paging.after() != null) {
                after = " and l.id < :after";
                params.put("after", paging.after().uuid(0));
            }
            TypedQuery<Lead> page = em.createQuery("select l from Lead l" + where + after + " order by l.id desc", Lead.class);
            params.forEach(page::setParameter);
            List<Lead> items = page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            return PageView.of(items, paging, () -> {
                TypedQuery<Long> count = em.createQuery("select count(l) from Lead l" + where, Long.class);
                params.forEach((k, v) -> {
                    if (!"after".equals(k)) {
                        count.setParameter(k, v);
                    }
                });
                return count.getSingleResult();
            }, l -> Cursor.of(l.getId()), LeadView::of);
        });
    }

    /**
     * The leads matching the filter and a case-insensitive fragment of name, email or company, at an exact
     * row offset (the UI's lazy grid and search), newest first.
     */
    List<LeadView> slice(Filter f, String text, int offset, int limit) {
        return tx.read(() -> {
            Map<String, Object> params = new LinkedHashMap<>();
            TypedQuery<Lead> page = em.createQuery("select l from Lead l" + where(f, text, params) + " order by l.id desc",
                    Lead.class);
            params.forEach(page::setParameter);
            return page.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(LeadView::of).toList();
        });
    }

    /** How many leads {@link #slice} can return. */
    long count(Filter f, String text) {
        return tx.read(() -> {
            Map<String, Object> params = new LinkedHashMap<>();
            TypedQuery<Long> count = em.createQuery("select count(l) from Lead l" + where(f, text, params), Long.class);
            params.forEach(count::setParameter);
            return count.getSingleResult();
        });
    }

    /** The leads of a company: converted into it, or naming it (ignoring case); newest first, at most {@code limit}. */
    List<LeadView> ofCompany(UUID companyId, String companyName, int limit) {
        return tx.read(() -> em.createQuery(
                        "select l from Lead l where l.companyId = :id or lower(l.company) = :name order by l.id desc", Lead.class)
                .setParameter("id", companyId).setParameter("name", companyName.toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(limit).getResultList().stream().map(LeadView::of).toList());
    }

    private static String where(Filter f, String text, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.status() != null) {
            where.append(" and l.status = :status");
            params.put("status", f.status());
        }
        if (f.ownerId() != null) {
            where.append(" and l.ownerId = :ownerId");
            params.put("ownerId", f.ownerId());
        }
        if (f.source() != null) {
            where.append(" and l.source = :source");
            params.put("source", f.source());
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(l.name) like :text escape '\\' or lower(l.email) like :text escape '\\'"
                    + " or lower(l.company) like :text escape '\\')");
            params.put("text", Like.containing(text));
        }
        return where.toString();
    }

    /** Every lead matching the filter, newest first, for a CSV export read in keyset batches. */
    RowExport<LeadView> export(Filter f) {
        return new RowExport<>(LeadView.class, (last, limit) -> tx.read(() -> {
            Map<String, Object> params = new LinkedHashMap<>();
            String where = where(f, null, params);
            if (last != null) {
                where += " and l.id < :lastId";
                params.put("lastId", last.id());
            }
            TypedQuery<Lead> batch = em.createQuery("select l from Lead l" + where + " order by l.id desc", Lead.class);
            params.forEach(batch::setParameter);
            return batch.setMaxResults(limit).getResultList().stream().map(LeadView::of).toList();
        }));
    }

    /** An owner named in a request must be an active member of the tenant (unless it is the owner already). */
    private void requireMember(UUID ownerId, UUID currentOwner) {
        if (ownerId != null && !ownerId.equals(currentOwner) && !members.isActive(ownerId)) {
            throw ApiProblem.invalid("ownerId", "is not an active member of this tenant");
        }
    }

    Lead find(UUID id) {
        return em.createQuery("select l from Lead l where l.id = :id", Lead.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Lead", id));
    }

    static void requireOpen(Lead lead) {
        if (!lead.getStatus().isOpen()) {
            throw ApiProblem.conflict("Lead " + lead.getId() + " is already " + lead.getStatus().apiName());
        }
    }

    private static void describe(Lead lead, LeadRequest r) {
        lead.describe(r.name().strip(), blankToNull(r.email()), blankToNull(r.company()), blankToNull(r.phone()),
                blankToNull(r.source()), blankToNull(r.message()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
