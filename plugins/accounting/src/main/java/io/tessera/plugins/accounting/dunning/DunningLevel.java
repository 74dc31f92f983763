package io.tessera.plugins.accounting.dunning;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A reminder level.
 *
 * @param id          id
 * @param level       1 to 9, the order reminders are sent in
 * @param daysOverdue from how many days past the due date this level is proposed (greater than the level below)
 * @param name        e.g. "First reminder"
 * @param subject     the mail's subject; placeholders as in {@code body}
 * @param body        the letter's text, with placeholders {@code {party}}, {@code {number}}, {@code {dueDate}},
 *                    {@code {open}}, {@code {currency}}, {@code {daysOverdue}}, {@code {fee}}, {@code {company}}
 * @param fee         a reminder fee in the invoice's currency, or {@code null}
 */
public record DunningLevel(UUID id, Integer level, Integer daysOverdue, String name, String subject, String body, BigDecimal fee) {
}
