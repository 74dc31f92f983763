package io.tessera.ui.kit.grid;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.tessera.sdk.web.CsvCell;
import io.tessera.ui.kit.i18n.KitMessages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A lazily loaded, sortable, filterable grid over an {@link EntitySource}.
 *
 * <p>Rows are fetched page by page as the user scrolls; the source is never asked for more than
 * {@link #getPageSize() one page} in one call (a larger range the grid wants is fetched as several
 * page-sized calls), so a table of any size costs one page of memory per visible range. The count is
 * asked once per {@link #refresh()} or filter change, not on every scroll. Sorting a
 * column sends its sort property to the source. A filter bar above the grid holds a free-text field,
 * whose trimmed value reaches the source as {@link EntityQuery#filter()}, and any further filter
 * fields the view adds with {@link #addFilter(Component)}; the view's source reads those directly.
 *
 * <pre>{@code
 * EntityGrid<Deal> grid = new EntityGrid<>(EntitySource.ofPages(deals::search));
 * grid.addColumn(getTranslation("pipeline.deal.name"), Deal::getName, "name");
 * grid.addColumn(getTranslation("pipeline.deal.amount"), Deal::getAmount, "amount");
 * }</pre>
 *
 * <p>{@link #enableCsvExport(String)} adds an "Export CSV" download of the rows the current filter selects, in
 * the current sort order, with the grid's columns (those added through {@link #addColumn}).
 *
 * @param <T> the row type
 */
public class EntityGrid<T> extends Composite<VerticalLayout> {

    /** The default number of rows fetched per call. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    /** The most rows one CSV export writes; the count line says when the filter selects more. */
    public static final int MAX_EXPORT_ROWS = 10_000;

    private final EntitySource<T> source;
    private final Grid<T> grid = new Grid<>();
    private final TextField search = new TextField();
    private final HorizontalLayout filterBar = new HorizontalLayout();
    private final Span count = new Span();
    private final List<ExportColumn<T>> exportColumns = new ArrayList<>();
    private final Anchor csvExport = new Anchor();
    /** The last count, reused while scrolling until {@link #refresh()} (Vaadin asks again on every round trip). */
    private Long cachedCount;
    private String cachedCountFilter;

    /**
     * A grid over a source.
     *
     * @param source where rows come from
     */
    public EntityGrid(EntitySource<T> source) {
        this.source = Objects.requireNonNull(source, "source");
        search.setPlaceholder(KitMessages.get("kit.grid.filter"));
        search.setAriaLabel(KitMessages.get("kit.grid.filter"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        filterBar.add(search);
        filterBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filterBar.setWidthFull();
        // at phone width the filters go onto further lines instead of being cut off
        filterBar.getStyle().set("flex-wrap", "wrap");
        filterBar.addClassName("tessera-filter-bar");
        count.addClassName("tessera-grid-count");

        grid.setPageSize(DEFAULT_PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(this::fetch, this::countRows);
        grid.setEmptyStateText(KitMessages.get("kit.grid.empty"));
        grid.setSizeFull();

        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSizeFull();
        content.add(filterBar, grid, count);
        content.setFlexGrow(1, grid);
    }

    /**
     * Adds a column that cannot be sorted.
     *
     * @param header the header text (already translated)
     * @param value  the cell value
     * @return the column, for further configuration
     */
    public Grid.Column<T> addColumn(String header, ValueProvider<T, ?> value) {
        return addColumn(header, value, null);
    }

    /**
     * Adds a column, sortable when a sort property is given.
     *
     * @param header       the header text (already translated)
     * @param value        the cell value
     * @param sortProperty the entity property the source sorts by, or {@code null} for none
     * @return the column, for further configuration
     */
    public Grid.Column<T> addColumn(String header, ValueProvider<T, ?> value, String sortProperty) {
        Grid.Column<T> column = grid.addColumn(value).setHeader(header).setResizable(true);
        exportColumns.add(new ExportColumn<>(header, value));
        if (sortProperty != null) {
            column.setSortProperty(sortProperty).setSortable(true);
        } else {
            column.setSortable(false);
        }
        return column;
    }

    /**
     * Adds a filter field to the filter bar; the grid reloads when its value changes. The view's
     * {@link EntitySource} reads the field's value.
     *
     * @param field a field, e.g. a {@code Select} of statuses
     * @param <F>   the field type
     * @return the field
     */
    public <F extends Component & HasValue<?, ?>> F addFilter(F field) {
        filterBar.add(field);
        field.addValueChangeListener(e -> refresh());
        return field;
    }

    /**
     * Adds an "Export CSV" link to the filter bar that downloads the rows of the current filter and sort
     * ({@link #csv()}), at most {@value #MAX_EXPORT_ROWS}.
     *
     * @param fileName the download's file name, e.g. {@code leads.csv}
     * @return the link, for an id
     */
    public Anchor enableCsvExport(String fileName) {
        csvExport.setText(KitMessages.get("kit.grid.exportCsv"));
        csvExport.addClassName("tessera-csv-export");
        csvExport.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8", bytes.length);
        }));
        if (csvExport.getParent().isEmpty()) {
            filterBar.add(csvExport);
        }
        return csvExport;
    }

    /**
     * The rows of the current filter and sort as CSV (UTF-8, CRLF line ends, a header line of the column
     * headers), read from the source page by page, at most {@value #MAX_EXPORT_ROWS} rows.
     *
     * @return the CSV
     */
    public byte[] csv() {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", exportColumns.stream().map(c -> CsvCell.of(c.header(), true)).toList())).append("\r\n");
        List<EntityQuery.SortKey> sort = grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(EntityGrid::sortKey).toList();
        String filter = getFilterText();
        int pageSize = grid.getPageSize();
        for (int offset = 0; offset < MAX_EXPORT_ROWS; offset += pageSize) {
            int limit = Math.min(pageSize, MAX_EXPORT_ROWS - offset);
            List<T> page = source.fetch(new EntityQuery(offset, limit, sort, filter));
            for (T row : page) {
                out.append(String.join(",", exportColumns.stream().map(c -> cell(c.value().apply(row))).toList()))
                        .append("\r\n");
            }
            if (page.size() < limit) {
                break;
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal d) {
            return CsvCell.of(d.toPlainString(), false);
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor) {
            return CsvCell.of(value.toString(), false);
        }
        return CsvCell.of(value.toString(), true);
    }

    /** A column as the CSV export writes it. */
    private record ExportColumn<T>(String header, ValueProvider<T, ?> value) {
    }

    /** Reloads the rows and the count, e.g. after a save. */
    public void refresh() {
        cachedCount = null;
        grid.getDataProvider().refreshAll();
    }

    /**
     * The trimmed text of the filter bar's search field.
     *
     * @return the text, empty when none
     */
    public String getFilterText() {
        return search.getValue().strip();
    }

    /**
     * The number of rows fetched per call, and the most the source is asked for at once.
     *
     * @return the page size
     */
    public int getPageSize() {
        return grid.getPageSize();
    }

    /**
     * Sets the number of rows fetched per call.
     *
     * @param pageSize at least 1
     */
    public void setPageSize(int pageSize) {
        grid.setPageSize(pageSize);
    }

    /**
     * The underlying Vaadin grid, for selection, item clicks, component columns and styling.
     *
     * @return the grid
     */
    public Grid<T> getGrid() {
        return grid;
    }

    /**
     * The free-text field of the filter bar.
     *
     * @return the search field
     */
    public TextField getSearchField() {
        return search;
    }

    private Stream<T> fetch(Query<T, Void> query) {
        int offset = query.getOffset();
        int limit = query.getLimit();
        List<EntityQuery.SortKey> sort = query.getSortOrders().stream().map(EntityGrid::sortKey).toList();
        String filter = getFilterText();
        int pageSize = grid.getPageSize();
        List<T> rows = new ArrayList<>(Math.min(limit, pageSize));
        while (rows.size() < limit) {
            int chunk = Math.min(pageSize, limit - rows.size());
            List<T> page = source.fetch(new EntityQuery(offset + rows.size(), chunk, sort, filter));
            if (page.size() > chunk) {
                throw new IllegalStateException("The source returned " + page.size() + " rows for a limit of " + chunk);
            }
            rows.addAll(page);
            if (page.size() < chunk) {
                break;
            }
        }
        return rows.stream();
    }

    private int countRows(Query<T, Void> query) {
        String filter = getFilterText();
        if (cachedCount == null || !filter.equals(cachedCountFilter)) {
            cachedCount = source.count(filter);
            cachedCountFilter = filter;
            count.setText(KitMessages.get("kit.grid.count", cachedCount));
        }
        return (int) Math.min(Integer.MAX_VALUE, cachedCount);
    }

    private static EntityQuery.SortKey sortKey(QuerySortOrder order) {
        return new EntityQuery.SortKey(order.getSorted(), order.getDirection() == SortDirection.DESCENDING);
    }
}
