package io.tessera.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void parsesQuotedFieldsDoubledQuotesLineBreaksAndAByteOrderMark() {
        String text = "\uFEFFname,notes\r\n\"Umbrella, Inc.\",\"said \"\"hi\"\"\nand left\"\r\n\r\nplain,\n";
        assertThat(Csv.parse(text)).containsExactly(
                List.of("name", "notes"),
                List.of("Umbrella, Inc.", "said \"hi\"\nand left"),
                List.of("plain", ""));
        assertThatThrownBy(() -> Csv.parse("a,\"never closed\n")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Csv.parse("")).isEmpty();
    }

    @Test
    void writesCellsQuotedWhenNeededAndDefusesFormulas() {
        assertThat(Csv.cell("plain", true)).isEqualTo("plain");
        assertThat(Csv.cell("a,b", true)).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"x\"", true)).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(Csv.cell("=SUM(A1)", true)).isEqualTo("'=SUM(A1)");
        assertThat(Csv.cell("-5", false)).isEqualTo("-5");
        assertThat(Csv.cell(null, true)).isEmpty();
        assertThat(Csv.parse(Csv.cell("x,\"y\"\nz", true) + "\n")).containsExactly(List.of("x,\"y\"\nz"));
    }
}
