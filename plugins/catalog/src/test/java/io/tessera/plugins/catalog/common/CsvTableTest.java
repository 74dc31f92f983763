package io.tessera.plugins.catalog.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 reading of the import's CSV. */
class CsvTableTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<List<String>> rows = CsvTable.parse("\uFEFFsku,name\r\nA-1,\"Bolt, M8 \"\"zinc\"\"\"\r\n\r\nA-2,\"two\nlines\"\n");
        assertThat(rows).containsExactly(List.of("sku", "name"), List.of("A-1", "Bolt, M8 \"zinc\""),
                List.of("A-2", "two\nlines"));
        assertThat(CsvTable.parse("a,,c")).containsExactly(List.of("a", "", "c"));
        assertThat(CsvTable.parse("")).isEmpty();
    }

    @Test
    void refusesAnUnclosedQuoteOrAQuoteInsideAnUnquotedField() {
        assertThatThrownBy(() -> CsvTable.parse("a,\"open\nb")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> CsvTable.parse("a,b\"c\"")).hasMessageContaining("line 1");
    }
}
