package io.tessera.kernel.party;

import io.tessera.sdk.persistence.Like;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The list filters of {@code GET /api/v1/parties}, as a JPA specification (bound parameters only). */
final class PartySearch {

    private PartySearch() {
    }

    static Specification<Party> matching(String text, PartyKind kind, String role, PartyStatus status) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            switch (status) {
                case ACTIVE -> predicates.add(cb.isNull(root.get("archivedAt")));
                case ARCHIVED -> predicates.add(cb.isNotNull(root.get("archivedAt")));
                case ALL -> { }
            }
            if (text != null && !text.isBlank()) {
                String pattern = Like.containing(text);
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, Like.ESCAPE),
                        cb.like(cb.lower(root.get("email")), pattern, Like.ESCAPE)));
            }
            if (kind != null) {
                predicates.add(cb.equal(root.get("kind"), kind));
            }
            if (role != null && !role.isBlank()) {
                Subquery<Integer> hasRole = query.subquery(Integer.class);
                var r = hasRole.from(PartyRole.class);
                hasRole.select(cb.literal(1)).where(cb.equal(r.get("party"), root), cb.equal(r.get("role"), role));
                predicates.add(cb.exists(hasRole));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
