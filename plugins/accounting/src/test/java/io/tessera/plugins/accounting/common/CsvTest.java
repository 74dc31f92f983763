package io.tessera.plugins.accounting.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV text: quoting, numbers, and no formulas from text cells. */
class CsvTest {

    @Test
    void quotesNeutralisesFormulasAndKeepsNegativeNumbers() {
        String csv = Csv.text(List.of("name", "amount"), List.of(
                List.of("Acme, \"The\" Company", new BigDecimal("-12.50")),
                List.of("=HYPERLINK(\"http://x\")", new BigDecimal("1E+1")),
                Arrays.asList(null, 3)));
        assertThat(csv).isEqualTo("name,amount\r\n"
                + "\"Acme, \"\"The\"\" Company\",-12.50\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",10\r\n"
                + ",3\r\n");
    }
}
