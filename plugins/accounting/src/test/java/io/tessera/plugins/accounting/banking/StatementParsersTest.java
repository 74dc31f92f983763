package io.tessera.plugins.accounting.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.sdk.web.ApiProblem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statement parsers on the sample files and on broken or hostile input. */
class StatementParsersTest {

    @Test
    void camt053SampleReadsBalancesEntriesReferencesAndCounterparties() throws IOException {
        ParsedStatement s = Camt053.parse(resource("statements/camt053-sample.xml"));
        assertThat(s.reference()).isEqualTo("2026-04-DE89370400440532013000-1");
        assertThat(s.currency()).isEqualTo("EUR");
        assertThat(s.from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(s.to()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(s.opening()).isEqualByComparingTo("1000.00");
        assertThat(s.closing()).isEqualByComparingTo("1394.50");
        assertThat(s.lines()).hasSize(3);
        ParsedStatement.Line received = s.lines().get(0);
        assertThat(received.amount()).isEqualByComparingTo("357.00");
        assertThat(received.counterparty()).isEqualTo("Acme Trading GmbH");
        assertThat(received.reference()).contains("INV-000001", "INV-000002");
        assertThat(received.transactionId()).isEqualTo("2026041000012345");
        ParsedStatement.Line fee = s.lines().get(1);
        assertThat(fee.amount()).isEqualByComparingTo("-12.50");
        assertThat(fee.reference()).isEqualTo("Kontofuehrungsgebuehr April");
        // the sum of the entries closes the statement
        BigDecimal sum = s.lines().stream().map(ParsedStatement.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(s.opening().add(sum)).isEqualByComparingTo(s.closing());
    }

    @Test
    void camt053RefusesDoctypesAndExternalEntitiesAndBrokenEntries() {
        assertThatThrownBy(() -> Camt053.parse("""
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <Document><BkToCstmrStmt><Stmt><Id>&x;</Id></Stmt></BkToCstmrStmt></Document>"""))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("DTD");
        assertThatThrownBy(() -> Camt053.parse("<Document><BkToCstmrStmt/></Document>"))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> Camt053.parse("""
                <Document><BkToCstmrStmt><Stmt><Id>1</Id><Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>UP</CdtDbtInd>
                <BookgDt><Dt>2026-04-01</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>"""))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("CRDT or DBIT");
    }

    @Test
    void ofxSampleReadsSgmlTransactionsAndTheLedgerBalance() throws IOException {
        ParsedStatement s = Ofx.parse(resource("statements/ofx-sample.ofx"));
        assertThat(s.reference()).isNull();
        assertThat(s.currency()).isEqualTo("USD");
        assertThat(s.from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(s.closing()).isEqualByComparingTo("2924.25");
        assertThat(s.lines()).extracting(ParsedStatement.Line::transactionId)
                .containsExactly("202604030001", "202604150002", "202604300003");
        assertThat(s.lines().get(1).amount()).isEqualByComparingTo("-310.75");
        assertThat(s.lines().get(1).reference()).isEqualTo("April rent & parking");
        assertThat(s.lines().get(2).date()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThatThrownBy(() -> Ofx.parse("<OFX><STMTTRN><TRNAMT>5</STMTTRN></OFX>"))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("DTPOSTED");
    }

    @Test
    void csvNamesEveryBadCellAndReadsQuotedFields() {
        String csv = "Date,Amount,Text\n2026-04-01,12.50,\"a, \"\"quoted\"\" text\"\n2026-02-30,x,y\n";
        Map<String, String> map = Map.of("date", "Date", "amount", "Amount", "reference", "Text");
        assertThatThrownBy(() -> CsvStatement.parse(csv, map)).isInstanceOfSatisfying(ApiProblem.class, p ->
                assertThat(p.errors()).extracting(ApiProblem.FieldError::field).containsExactly("rows[2].date", "rows[2].amount"));
        ParsedStatement ok = CsvStatement.parse(csv.substring(0, csv.indexOf("2026-02-30")), map);
        assertThat(ok.lines().getFirst().reference()).isEqualTo("a, \"quoted\" text");
        assertThatThrownBy(() -> CsvStatement.parse(csv, Map.of("date", "Date", "colour", "Text")))
                .isInstanceOfSatisfying(ApiProblem.class, p ->
                        assertThat(p.errors()).extracting(ApiProblem.FieldError::field).contains("map.amount", "map.colour"));
    }

    @Test
    void referencesNameDocumentNumbersOfTheRightKind() {
        assertThat(Suggestions.numbers("Rechnungen INV-000001, inv 2 und INV-17, BILL-000003", "CUSTOMER"))
                .containsExactly("INV-000001", "INV-000017");
        assertThat(Suggestions.numbers("BILL-000003", "VENDOR")).containsExactly("BILL-000003");
        assertThat(Suggestions.numbers(null, "VENDOR")).isEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StatementParsersTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
