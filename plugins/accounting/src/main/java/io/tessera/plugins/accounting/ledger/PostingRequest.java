package io.tessera.plugins.accounting.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A journal entry to post.
 *
 * @param id          the entry id (a draft keeps its id when posted)
 * @param date        the accounting date
 * @param description what it records
 * @param source      what produced it: {@code manual}, {@code invoice}, {@code payment}, {@code reversal}
 * @param sourceId    the producing document, or {@code null}
 * @param reversalOf  the entry it reverses, or {@code null}
 * @param lines       at least two lines
 */
public record PostingRequest(UUID id, LocalDate date, String description, String source, UUID sourceId,
                             UUID reversalOf, List<PostingLine> lines) {
}
