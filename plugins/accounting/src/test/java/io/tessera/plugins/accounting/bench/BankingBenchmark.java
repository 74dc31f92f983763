package io.tessera.plugins.accounting.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. Run on purpose with
 * {@code mvn -DskipTests install && mvn -pl plugins/accounting -Pbench verify -Dit.test=BankingBenchmark}.
 *
 * <ol>
 *   <li>Statement import rate of a generated 10,000-line CAMT.053 file through the API (parse, checks, one statement
 *   insert and one batch of lines, in one transaction) versus a plain JDBC batch insert of the same 10,000 line rows
 *   (application role, tenant set, one transaction).</li>
 *   <li>Reconciliation suggestion time per statement line with 10,000 open invoices (bulk-loaded as superuser, 50
 *   parties): the lines endpoint with suggestions, 300 lines in pages of 100 (a third named by invoice number in the
 *   reference, a third by counterparty and amount, a third by amount alone), versus the plain SQL lookup of the open
 *   invoices of each line's amount on the application role through the same index (one query per line, same lines).</li>
 * </ol>
 */
class BankingBenchmark {

    private static final String PASSWORD = "correct-horse-battery";
    private static final int LINES = 10_000;
    private static final int INVOICES = 10_000;
    private static final int PARTIES = 50;
    private static final int SUGGESTED = 300;

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .property("logging.level.root", "WARN")
            .property("tessera.events.poll-interval", "1h")
            .build();

    @Test
    void run() throws Exception {
        ApiClient api = kernel.provisionTenant("bank-bench", PASSWORD);
        expect(api.put("/api/v1/admin/modules/accounting", ""), 200);
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = 'bank-bench'"));
        String bank = expect(api.post("/api/v1/accounting/bank-accounts", "{\"name\":\"Bench\",\"currency\":\"EUR\"}"), 201)
                .json().get("id").asString();
        Random random = new Random(42);

        // warm-up: a 1,000-line file and the JDBC path once
        importFile(api, bank, camt("warm", 1_000, random, List.of()));
        jdbcInsert(tenant, UUID.fromString(bank), 1_000, "warm");

        System.out.println("\n=== banking benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ===");
        String file = camt("run", LINES, random, List.of());
        double apiRate = LINES / importFile(api, bank, file);
        double jdbcRate = LINES / jdbcInsert(tenant, UUID.fromString(bank), LINES, "run");
        System.out.printf("statement import, %,d-line CAMT.053 (%,d KB): API %,10.0f lines/s | plain JDBC batch %,10.0f lines/s | API/JDBC %.2f%n",
                LINES, file.length() / 1024, apiRate, jdbcRate, apiRate / jdbcRate);

        List<String> parties = new ArrayList<>();
        for (int i = 0; i < PARTIES; i++) {
            parties.add(expect(api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Bench Customer " + (1000 + i) + "\"}"), 201)
                    .json().get("id").asString());
        }
        List<Invoice> invoices = loadInvoices(tenant, parties, random);
        List<String[]> wanted = new ArrayList<>();
        for (int i = 0; i < SUGGESTED; i++) {
            Invoice inv = invoices.get(random.nextInt(invoices.size()));
            switch (i % 3) {
                case 0 -> wanted.add(new String[] {inv.total().toPlainString(), "Payment " + inv.number(), "Unknown payer"});
                case 1 -> wanted.add(new String[] {inv.total().toPlainString(), "Thanks", "Bench Customer " + (1000 + inv.party())});
                default -> wanted.add(new String[] {inv.total().toPlainString(), "Transfer", "Someone"});
            }
        }
        JsonNode imported = importJson(api, bank, camt("suggest", SUGGESTED, random, wanted));
        String statement = imported.get("id").asString();
        String path = "/api/v1/accounting/bank-accounts/" + bank + "/statements/" + statement + "/lines?state=unreconciled&size=100";
        pages(api, path + "&suggest=true"); // warm-up
        long start = System.nanoTime();
        int found = pages(api, path + "&suggest=true");
        double suggestMs = (System.nanoTime() - start) / 1e6 / SUGGESTED;
        start = System.nanoTime();
        pages(api, path + "&suggest=false");
        double listMs = (System.nanoTime() - start) / 1e6 / SUGGESTED;
        plainLookup(tenant, wanted); // warm-up
        start = System.nanoTime();
        int plainFound = plainLookup(tenant, wanted);
        double plainMs = (System.nanoTime() - start) / 1e6 / SUGGESTED;
        System.out.printf("suggestions with %,d open invoices: %.2f ms/line (lines with a suggestion %d of %d) | lines without "
                        + "suggestions %.2f ms/line | plain SQL amount lookup %.2f ms/line (%d hits) | suggestions/plain %.1f%n",
                INVOICES, suggestMs, found, SUGGESTED, listMs, plainMs, plainFound, suggestMs / plainMs);
        assertThat(found).isEqualTo(SUGGESTED);
    }

    private record Invoice(String number, int party, BigDecimal total) {
    }

    /** Posted, unpaid customer invoices inserted as superuser (the suggestion lookups read invoices and allocations only). */
    private static List<Invoice> loadInvoices(UUID tenant, List<String> parties, Random random) throws Exception {
        List<Invoice> invoices = new ArrayList<>();
        try (Connection c = kernel.adminConnection();
             PreparedStatement p = c.prepareStatement("insert into acc_invoices (tenant_id, id, kind, credit_note, number, party_id, "
                     + "invoice_date, due_date, currency, state, subtotal, tax, total) values (?, ?, 'CUSTOMER', false, ?, ?, ?, ?, 'EUR', "
                     + "'POSTED', ?, 0, ?)")) {
            c.setAutoCommit(false);
            LocalDate base = LocalDate.of(2026, 1, 1);
            for (int i = 0; i < INVOICES; i++) {
                int party = i % parties.size();
                BigDecimal total = BigDecimal.valueOf(1000 + random.nextInt(5_000_000), 2);
                String number = "INV-%06d".formatted(100_000 + i);
                LocalDate date = base.plusDays(random.nextInt(365));
                p.setObject(1, tenant);
                p.setObject(2, UUID.randomUUID());
                p.setString(3, number);
                p.setObject(4, UUID.fromString(parties.get(party)));
                p.setObject(5, date);
                p.setObject(6, date.plusDays(30));
                p.setBigDecimal(7, total);
                p.setBigDecimal(8, total);
                p.addBatch();
                invoices.add(new Invoice(number, party, total));
            }
            p.executeBatch();
            c.commit();
            try (var s = c.createStatement()) {
                s.execute("analyze acc_invoices");
            }
        }
        return invoices;
    }

    private static int pages(ApiClient api, String path) {
        int withSuggestion = 0;
        String after = "0";
        while (after != null) {
            JsonNode page = expect(api.get(path + "&after=" + after), 200).json();
            for (JsonNode item : page.get("items")) {
                if (item.has("suggestions") && !item.get("suggestions").isEmpty()) {
                    withSuggestion++;
                }
            }
            after = page.get("next").isNull() ? null : page.get("next").asString();
        }
        return withSuggestion;
    }

    private static int plainLookup(UUID tenant, List<String[]> wanted) throws Exception {
        int hits = 0;
        try (Connection c = kernel.bean(DataSource.class).getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.execute();
            }
            try (PreparedStatement q = c.prepareStatement("select i.id from acc_invoices i where i.tenant_id = ? and i.state = 'POSTED' "
                    + "and i.currency = 'EUR' and i.total_units = ? and i.total > coalesce((select sum(a.amount) from acc_allocations a "
                    + "where a.tenant_id = i.tenant_id and a.invoice_id = i.id), 0) limit 10")) {
                for (String[] w : wanted) {
                    q.setObject(1, tenant);
                    q.setLong(2, new BigDecimal(w[0]).movePointRight(4).longValueExact());
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            hits++;
                        }
                    }
                }
            }
            c.rollback();
        }
        return hits;
    }

    private static double importFile(ApiClient api, String bank, String file) {
        long start = System.nanoTime();
        importJson(api, bank, file);
        return (System.nanoTime() - start) / 1e9;
    }

    private static JsonNode importJson(ApiClient api, String bank, String file) {
        return expect(api.postAs("/api/v1/accounting/bank-accounts/" + bank + "/statements/import", "application/xml", file), 201).json();
    }

    /** The same number of line rows, inserted by plain JDBC in one batch and one transaction, under a statement row of its own. */
    private static double jdbcInsert(UUID tenant, UUID bank, int lines, String label) throws Exception {
        long start = System.nanoTime();
        try (Connection c = kernel.bean(DataSource.class).getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.execute();
            }
            UUID statement = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("insert into acc_statements (tenant_id, id, bank_account_id, statement_ref, format, "
                    + "start_date, end_date, line_count, imported_at) values (?, ?, ?, ?, 'CAMT053', ?, ?, ?, now())")) {
                s.setObject(1, tenant);
                s.setObject(2, statement);
                s.setObject(3, bank);
                s.setString(4, "jdbc-" + label);
                s.setObject(5, LocalDate.of(2026, 4, 1));
                s.setObject(6, LocalDate.of(2026, 4, 30));
                s.setInt(7, lines);
                s.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("insert into acc_statement_lines (tenant_id, id, statement_id, bank_account_id, "
                    + "line_no, booking_date, amount, currency, reference, counterparty, transaction_id) values (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?)")) {
                for (int i = 0; i < lines; i++) {
                    p.setObject(1, tenant);
                    p.setObject(2, UUID.randomUUID());
                    p.setObject(3, statement);
                    p.setObject(4, bank);
                    p.setInt(5, i + 1);
                    p.setObject(6, LocalDate.of(2026, 4, 1 + i % 30));
                    p.setBigDecimal(7, BigDecimal.valueOf(100 + i, 2));
                    p.setString(8, "Remittance " + i);
                    p.setString(9, "Counterparty " + i % 100);
                    p.setString(10, "jdbc-" + label + "-" + i);
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** A CAMT.053 file with {@code count} entries; the first ones take amount, reference and debtor from {@code wanted}. */
    private static String camt(String id, int count, Random random, List<String[]> wanted) {
        StringBuilder x = new StringBuilder(count * 700 + 1000);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
                + "<BkToCstmrStmt><GrpHdr><MsgId>").append(id).append("</MsgId><CreDtTm>2026-05-01T06:00:00+02:00</CreDtTm></GrpHdr>"
                + "<Stmt><Id>BENCH-").append(id).append("</Id><FrToDt><FrDtTm>2026-04-01T00:00:00+02:00</FrDtTm>"
                + "<ToDtTm>2026-04-30T23:59:59+02:00</ToDtTm></FrToDt><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>");
        for (int i = 0; i < count; i++) {
            String[] w = i < wanted.size() ? wanted.get(i) : null;
            String amount = w != null ? w[0] : BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2).toPlainString();
            boolean credit = w != null || random.nextBoolean();
            String day = "2026-04-%02d".formatted(1 + i % 30);
            x.append("<Ntry><Amt Ccy=\"EUR\">").append(amount).append("</Amt><CdtDbtInd>").append(credit ? "CRDT" : "DBIT")
                    .append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>").append(day).append("</Dt></BookgDt><ValDt><Dt>")
                    .append(day).append("</Dt></ValDt><AcctSvcrRef>").append(id).append('-').append(i).append("</AcctSvcrRef>")
                    .append("<NtryDtls><TxDtls><Refs><EndToEndId>E2E-").append(i).append("</EndToEndId></Refs><RltdPties><")
                    .append(credit ? "Dbtr" : "Cdtr").append("><Nm>").append(w != null ? w[2] : "Counterparty " + (i % 500))
                    .append("</Nm></").append(credit ? "Dbtr" : "Cdtr").append("></RltdPties><RmtInf><Ustrd>")
                    .append(w != null ? w[1] : "Remittance information " + i).append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>");
        }
        return x.append("</Stmt></BkToCstmrStmt></Document>").toString();
    }

    private static ApiResponse expect(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }
}
