package io.tessera.plugins.accounting.banking;

import io.tessera.plugins.accounting.common.Parties;
import io.tessera.plugins.accounting.invoicing.Settlements;
import io.tessera.plugins.accounting.invoicing.Settlements.OpenDocument;
import io.tessera.sdk.party.PartySummary;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests the open documents a statement line settles. A received amount looks at customer invoices, a paid one at
 * vendor bills, in the line's currency. Candidates come from three indexed lookups: document numbers written in the
 * reference ({@code INV-000042}), parties whose name contains the counterparty, and unpaid documents of exactly the
 * amount. Each candidate scores for a number in the reference (50), the party (30), the open amount equal to the line's
 * (20) and a due date within {@value #WINDOW_DAYS} days of the booking date (10). Suggestions: all documents named in
 * the reference together (one-to-many, the last one partly when the amount runs out), a party's oldest open documents
 * when they add up to the amount exactly, and each candidate alone (partly when its open amount is larger). Best first.
 */
class Suggestions {

    static final int WINDOW_DAYS = 30;
    private static final Pattern NUMBER = Pattern.compile("\\b(INV|BILL)-?(\\d{1,12})\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX = 5;

    private final Settlements settlements;
    private final Parties parties;

    Suggestions(Settlements settlements, Parties parties) {
        this.settlements = settlements;
        this.parties = parties;
    }

    /**
     * A proposed reconciliation of one line.
     *
     * @param score   how strongly the line points at it
     * @param reasons why: {@code reference}, {@code party}, {@code amount}, {@code date}
     * @param matches the documents and amounts, ready to send to the reconcile endpoint
     * @param total   the sum of the matches
     */
    record Suggestion(int score, List<String> reasons, List<Match> matches, BigDecimal total) {
    }

    /**
     * A document in a suggestion.
     *
     * @param invoiceId the document
     * @param number    its number
     * @param partyId   its party
     * @param open      its open amount
     * @param amount    the amount the line would settle
     */
    record Match(java.util.UUID invoiceId, String number, java.util.UUID partyId, BigDecimal open, BigDecimal amount) {
    }

    List<Suggestion> forLine(Statements.Line line) {
        String kind = line.amount().signum() > 0 ? "CUSTOMER" : "VENDOR";
        BigDecimal amount = line.amount().abs();
        Set<String> numbers = numbers(line.reference(), kind);
        List<OpenDocument> byNumber = settlements.openByNumbers(kind, line.currency(), numbers);
        Set<java.util.UUID> partyIds = new LinkedHashSet<>();
        if (line.counterparty() != null && line.counterparty().strip().length() >= 3) {
            parties.search(line.counterparty().strip(), 3).stream().map(PartySummary::id).forEach(partyIds::add);
        }
        List<OpenDocument> ofParties = settlements.openOfParties(kind, line.currency(), partyIds, 20);
        List<OpenDocument> byAmount = settlements.openByAmount(kind, line.currency(), amount, 10);
        Map<java.util.UUID, OpenDocument> candidates = new LinkedHashMap<>();
        for (List<OpenDocument> list : List.of(byNumber, ofParties, byAmount)) {
            list.forEach(d -> candidates.putIfAbsent(d.id(), d));
        }
        List<Suggestion> suggestions = new ArrayList<>();
        if (byNumber.size() > 1) {
            suggestions.add(together(byNumber, amount, line, numbers, partyIds));
        }
        Map<java.util.UUID, List<OpenDocument>> perParty = new LinkedHashMap<>();
        ofParties.forEach(d -> perParty.computeIfAbsent(d.partyId(), p -> new ArrayList<>()).add(d));
        perParty.values().forEach(docs -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < docs.size(); i++) {
                sum = sum.add(docs.get(i).open());
                if (i > 0 && sum.compareTo(amount) == 0) {
                    suggestions.add(together(docs.subList(0, i + 1), amount, line, numbers, partyIds));
                }
                if (sum.compareTo(amount) >= 0) {
                    break;
                }
            }
        });
        candidates.values().forEach(d -> suggestions.add(together(List.of(d), amount, line, numbers, partyIds)));
        return suggestions.stream().filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(Suggestion::score).reversed()
                        .thenComparing(s -> s.total().subtract(amount).abs())
                        .thenComparing(s -> s.matches().size()))
                .distinct().limit(MAX).toList();
    }

    private Suggestion together(List<OpenDocument> docs, BigDecimal amount, Statements.Line line, Set<String> numbers,
                                Set<java.util.UUID> partyIds) {
        BigDecimal left = amount;
        List<Match> matches = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        int score = 0;
        for (OpenDocument d : docs) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal part = d.open().min(left);
            left = left.subtract(part);
            matches.add(new Match(d.id(), d.number(), d.partyId(), d.open(), part));
            if (numbers.contains(d.number())) {
                reasons.add("reference");
            }
            if (partyIds.contains(d.partyId())) {
                reasons.add("party");
            }
            if (Math.abs(ChronoUnit.DAYS.between(d.dueDate(), line.date())) <= WINDOW_DAYS) {
                reasons.add("date");
            }
        }
        BigDecimal total = amount.subtract(left);
        BigDecimal open = docs.stream().map(OpenDocument::open).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (open.compareTo(amount) == 0) {
            reasons.add("amount");
        }
        for (String r : reasons) {
            score += switch (r) {
                case "reference" -> 50;
                case "party" -> 30;
                case "amount" -> 20;
                default -> 10;
            };
        }
        return new Suggestion(score, List.copyOf(reasons), matches, total);
    }

    /** Document numbers written in a reference, normalized to the numbering's form ({@code INV-000042}). */
    static Set<String> numbers(String reference, String kind) {
        Set<String> found = new LinkedHashSet<>();
        if (reference == null) {
            return found;
        }
        Matcher m = NUMBER.matcher(reference);
        String wanted = "CUSTOMER".equals(kind) ? "INV" : "BILL";
        while (m.find()) {
            String prefix = m.group(1).toUpperCase(java.util.Locale.ROOT);
            if (prefix.equals(wanted)) {
                found.add("%s-%06d".formatted(prefix, Long.parseLong(m.group(2))));
            }
        }
        return found;
    }
}
