package io.tessera.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.web.RowExport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.MockHttpOutputMessage;
import tools.jackson.databind.json.JsonMapper;

class CsvMessageConverterTest {

    record Row(int n, String name) {
    }

    @Test
    void streamsEveryRowOfAnExportInKeysetBatchesAndStopsAtTheFirstShortBatch() throws Exception {
        int total = RowExport.BATCH_SIZE * 2 + 7;
        List<Row> table = IntStream.range(0, total).mapToObj(i -> new Row(i, "row " + i)).toList();
        List<Integer> askedAfter = new ArrayList<>();
        RowExport<Row> export = new RowExport<>(Row.class, (last, limit) -> {
            askedAfter.add(last == null ? -1 : last.n());
            return table.stream().filter(r -> last == null || r.n() > last.n()).limit(limit).toList();
        });
        MockHttpOutputMessage out = new MockHttpOutputMessage();

        CsvMessageConverter converter = new CsvMessageConverter(JsonMapper.builder().build());
        assertThat(converter.canWrite(RowExport.class, CsvMessageConverter.TEXT_CSV)).isTrue();
        converter.write(export, CsvMessageConverter.TEXT_CSV, out);

        List<String> lines = out.getBodyAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(total + 1);
        assertThat(lines.getFirst()).isEqualTo("n,name");
        assertThat(lines.get(1)).isEqualTo("0,row 0");
        assertThat(lines.getLast()).isEqualTo((total - 1) + ",row " + (total - 1));
        assertThat(askedAfter).as("each batch continues after the previous one's last row")
                .containsExactly(-1, RowExport.BATCH_SIZE - 1, 2 * RowExport.BATCH_SIZE - 1);
    }

    @Test
    void anEmptyExportIsJustTheHeader() throws Exception {
        MockHttpOutputMessage out = new MockHttpOutputMessage();
        new CsvMessageConverter(JsonMapper.builder().build())
                .write(new RowExport<>(Row.class, (last, limit) -> List.of()), CsvMessageConverter.TEXT_CSV, out);
        assertThat(out.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("n,name\r\n");
    }
}
