package io.tessera.kernel.web;

import io.tessera.sdk.web.RowExport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes any list endpoint's answer as CSV when the client asks for {@code Accept: text/csv}: a page envelope
 * (a record with an {@code items} list) or a plain list, of records. One column per record component, in
 * declaration order; simple values as text, nested records and lists as JSON. Plugins' lists get it too.
 * A {@link RowExport} (a handler's whole list, not one page) is streamed batch by batch as the source reads it.
 */
final class CsvMessageConverter extends AbstractHttpMessageConverter<Object> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ObjectMapper json;

    CsvMessageConverter(ObjectMapper json) {
        super(TEXT_CSV);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return Collection.class.isAssignableFrom(clazz) || RowExport.class.isAssignableFrom(clazz)
                || (clazz.isRecord() && itemsComponent(clazz) != null);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) {
        throw new HttpMessageNotReadableException("CSV is not accepted here", inputMessage);
    }

    @Override
    protected void writeInternal(Object body, HttpOutputMessage output) throws IOException {
        output.getHeaders().set("Content-Disposition", "attachment; filename=\"export.csv\"");
        Writer out = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        if (body instanceof RowExport<?> export) {
            stream(export, out);
            return;
        }
        List<?> rows = rows(body);
        RecordComponent[] columns = rows.stream().filter(r -> r != null && r.getClass().isRecord()).findFirst()
                .map(r -> r.getClass().getRecordComponents()).orElse(new RecordComponent[0]);
        header(columns, out);
        for (Object row : rows) {
            row(columns, row, out);
        }
        out.flush();
    }

    /** Every row of an export, one keyset batch at a time; each batch is flushed to the client before the next is read. */
    private <T extends Record> void stream(RowExport<T> export, Writer out) throws IOException {
        RecordComponent[] columns = export.rowType().getRecordComponents();
        header(columns, out);
        T last = null;
        while (true) {
            List<T> batch = export.source().after(last, RowExport.BATCH_SIZE);
            for (T row : batch) {
                row(columns, row, out);
            }
            out.flush();
            if (batch.size() < RowExport.BATCH_SIZE) {
                return;
            }
            last = batch.getLast();
        }
    }

    private static void header(RecordComponent[] columns, Writer out) throws IOException {
        List<String> header = new ArrayList<>();
        for (RecordComponent c : columns) {
            header.add(Csv.cell(c.getName(), true));
        }
        out.write(String.join(",", header));
        out.write("\r\n");
    }

    private void row(RecordComponent[] columns, Object row, Writer out) throws IOException {
        List<String> cells = new ArrayList<>();
        for (RecordComponent c : columns) {
            cells.add(cell(value(c, row)));
        }
        out.write(String.join(",", cells));
        out.write("\r\n");
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Csv.cell(value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString(), false);
        }
        if (value instanceof CharSequence || value instanceof UUID || value instanceof TemporalAccessor
                || value instanceof Enum<?>) {
            return Csv.cell(value.toString(), true);
        }
        return Csv.cell(json.writeValueAsString(value), true);
    }

    private static List<?> rows(Object body) {
        if (body instanceof Collection<?> collection) {
            return List.copyOf(collection.stream().filter(java.util.Objects::nonNull).toList());
        }
        Object items = value(itemsComponent(body.getClass()), body);
        return items instanceof Collection<?> c ? List.copyOf(c.stream().filter(java.util.Objects::nonNull).toList()) : List.of();
    }

    private static RecordComponent itemsComponent(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals("items") && Collection.class.isAssignableFrom(c.getType())) {
                return c;
            }
        }
        return null;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
