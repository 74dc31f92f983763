package io.tessera.plugins.leads;

import io.tessera.sdk.party.PartySummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the leads API returns. */
final class LeadViews {

    private LeadViews() {
    }

    record LeadView(UUID id, String name, String email, String company, String phone, String source, String message,
                    String status, int score, UUID ownerId, String disqualifyReason, UUID companyId, UUID personId,
                    UUID opportunityId, Instant convertedAt, Instant createdAt, Instant updatedAt, long version) {

        static LeadView of(Lead l) {
            return new LeadView(l.getId(), l.getName(), l.getEmail(), l.getCompany(), l.getPhone(), l.getSource(),
                    l.getMessage(), l.getStatus().apiName(), l.getScore(), l.getOwnerId(), l.getDisqualifyReason(),
                    l.getCompanyId(), l.getPersonId(), l.getOpportunityId(), l.getConvertedAt(), l.getCreatedAt(),
                    l.getUpdatedAt(), l.getVersion() == null ? 0 : l.getVersion());
        }
    }

    record PartyMatch(UUID id, String kind, String name, String email) {
        static PartyMatch of(PartySummary p) {
            return new PartyMatch(p.id(), p.kind(), p.name(), p.email());
        }
    }

    record Duplicates(List<PartyMatch> byEmail, List<PartyMatch> byCompany) {
    }

    record Conversion(UUID companyId, UUID personId, UUID opportunityId, boolean companyLinked, boolean personLinked) {
    }

    record RuleView(UUID id, String kind, String value, int points, Integer cap) {
        static RuleView of(ScoringRule r) {
            return new RuleView(r.getId(), r.getKind(), r.getValue(), r.getPoints(), r.getCap());
        }
    }

    record FormView(UUID id, String name, String source, String key, String submitPath) {
        static FormView of(LeadForm f) {
            return new FormView(f.getId(), f.getName(), f.getSource(), f.getPublicKey(),
                    "/api/v1/leads/public/" + f.getPublicKey() + "/submissions");
        }
    }

    record TeamView(List<UUID> userIds) {
    }
}
