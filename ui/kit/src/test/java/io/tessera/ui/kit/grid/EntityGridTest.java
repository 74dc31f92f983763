package io.tessera.ui.kit.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

@ViewPackages(packages = "io.tessera.ui.kit.grid")
class EntityGridTest extends BrowserlessTest {

    record Deal(int number, String name) {
    }

    /** An in-memory table that records every query it answers. */
    static final class Table implements EntitySource<Deal> {
        final List<Deal> rows = IntStream.range(0, 10_000).mapToObj(i -> new Deal(i, "deal-" + i)).toList();
        final List<EntityQuery> fetches = new ArrayList<>();
        final List<String> counts = new ArrayList<>();
        Select<String> parity;

        List<Deal> matching(String filter) {
            return rows.stream()
                    .filter(d -> d.name().contains(filter))
                    .filter(d -> parity == null || parity.getValue() == null
                            || (d.number() % 2 == 0) == parity.getValue().equals("even"))
                    .toList();
        }

        @Override
        public List<Deal> fetch(EntityQuery query) {
            fetches.add(query);
            Comparator<Deal> order = Comparator.comparingInt(Deal::number);
            for (EntityQuery.SortKey key : query.sort()) {
                Comparator<Deal> byKey = key.property().equals("name")
                        ? Comparator.comparing(Deal::name) : Comparator.comparingInt(Deal::number);
                order = key.descending() ? byKey.reversed() : byKey;
            }
            return matching(query.filter()).stream().sorted(order)
                    .skip(query.offset()).limit(query.limit()).toList();
        }

        @Override
        public long count(String filter) {
            counts.add(filter);
            return matching(filter).size();
        }

        int rowsLoaded() {
            return fetches.stream().mapToInt(EntityQuery::limit).sum();
        }
    }

    Table table;
    EntityGrid<Deal> grid;
    GridTester<?, Deal> rows;

    @BeforeEach
    void showGrid() {
        table = new Table();
        grid = new EntityGrid<>(table);
        grid.setPageSize(20);
        grid.addColumn("Number", Deal::number, "number");
        grid.addColumn("Name", Deal::name, "name");
        grid.addColumn("Note", d -> "n/a");
        UI.getCurrent().add(grid);
        rows = test(grid.getGrid());
    }

    @Test
    void loadsOnlyPagesItIsAskedForNeverTheWholeTable() {
        assertThat(rows.size()).isEqualTo(10_000);
        assertThat(rows.getRow(0)).isEqualTo(new Deal(0, "deal-0"));
        assertThat(rows.getCellText(5, 1)).isEqualTo("deal-5");
        assertThat(rows.getRow(4_321).number()).isEqualTo(4_321);

        assertThat(table.fetches).isNotEmpty().allSatisfy(q -> assertThat(q.limit()).isLessThanOrEqualTo(20));
        assertThat(table.rowsLoaded()).isLessThan(500);
        assertThat(grid.getElement().getTextRecursively()).contains("10,000 records");
    }

    @Test
    void sortingAColumnSendsItsPropertyToTheSource() {
        assertThat(rows.isColumnSortable(0)).isTrue();
        assertThat(rows.isColumnSortable(2)).isFalse();

        rows.sortByColumn(0, SortDirection.DESCENDING);

        assertThat(rows.getRow(0).number()).isEqualTo(9_999);
        assertThat(table.fetches.getLast().sort()).containsExactly(new EntityQuery.SortKey("number", true));
        assertThat(table.fetches.getLast().springSort().toString()).isEqualTo("number: DESC");
    }

    @Test
    void theFilterBarNarrowsRowsAndCountAndExtraFiltersReload() {
        grid.getSearchField().setValue("  deal-12  ");
        // deal-12, deal-120..129, deal-1200..1299
        assertThat(rows.size()).isEqualTo(1 + 10 + 100);
        assertThat(table.counts.getLast()).isEqualTo("deal-12");
        assertThat(rows.getRow(0).name()).isEqualTo("deal-12");
        assertThat(table.fetches.getLast().filter()).isEqualTo("deal-12");

        table.parity = grid.addFilter(new Select<>());
        table.parity.setItems("even", "odd");
        table.parity.setValue("odd");
        assertThat(rows.size()).isEqualTo(5 + 50);
        assertThat(rows.getRow(0).name()).isEqualTo("deal-121");

        grid.getSearchField().setValue("no such deal");
        assertThat(rows.size()).isZero();
        assertThat(grid.getElement().getTextRecursively()).contains("No records");
    }

    @Test
    void csvExportWritesTheRowsOfTheCurrentFilterAndSortPageByPage() {
        grid.getSearchField().setValue("deal-12");
        table.parity = grid.addFilter(new Select<>());
        table.parity.setItems("even", "odd");
        table.parity.setValue("odd");
        rows.sortByColumn(0, SortDirection.DESCENDING);
        table.fetches.clear();

        String[] lines = new String(grid.csv(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");

        assertThat(lines[0]).isEqualTo("Number,Name,Note");
        assertThat(lines).hasSize(1 + 5 + 50);
        assertThat(lines[1]).isEqualTo("1299,deal-1299,n/a");
        assertThat(lines[lines.length - 1]).isEqualTo("121,deal-121,n/a");
        assertThat(table.fetches).as("page by page, as the grid pages").allMatch(q -> q.limit() <= 20)
                .allMatch(q -> q.filter().equals("deal-12"))
                .allMatch(q -> q.sort().equals(List.of(new EntityQuery.SortKey("number", true))));
    }

    @Test
    void csvExportQuotesAndDefusesFormulasAndIsOfferedAsADownload() {
        EntityGrid<Deal> named = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<Deal> fetch(EntityQuery query) {
                return query.offset() == 0 ? List.of(new Deal(-1, "=HYPERLINK(\"x\")"), new Deal(2, "a, b")) : List.of();
            }

            @Override
            public long count(String filter) {
                return 2;
            }
        });
        named.addColumn("Number", Deal::number);
        named.addColumn("Name, full", Deal::name);
        var link = named.enableCsvExport("deals.csv");
        UI.getCurrent().add(named);

        assertThat(new String(named.csv(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("Number,\"Name, full\"\r\n-1,\"'=HYPERLINK(\"\"x\"\")\"\r\n2,\"a, b\"\r\n");
        assertThat(link.getText()).isEqualTo("Export CSV");
        assertThat(link.getHref()).as("a download resource").isNotBlank();
    }

    @Test
    void springDataFindersGetExactOffsetsEvenOffPageBoundaries() {
        List<Pageable> asked = new ArrayList<>();
        EntitySource<Deal> source = EntitySource.ofPages((filter, pageable) -> {
            asked.add(pageable);
            List<Deal> all = table.matching(filter);
            int from = (int) Math.min(all.size(), pageable.getOffset());
            int to = Math.min(all.size(), from + pageable.getPageSize());
            Page<Deal> page = new PageImpl<>(all.subList(from, to), pageable, all.size());
            return page;
        });

        List<Deal> fetched = source.fetch(new EntityQuery(30, 20, List.of(new EntityQuery.SortKey("name", false)), "deal-"));
        assertThat(fetched).extracting(Deal::number).startsWith(30).endsWith(49).hasSize(20);
        assertThat(asked.getLast().getOffset()).isEqualTo(30);
        assertThat(asked.getLast().getPageSize()).isEqualTo(20);
        assertThat(asked.getLast().getSort().getOrderFor("name")).isNotNull();
        assertThat(asked.getLast().next().getOffset()).isEqualTo(50);
        assertThat(source.count("deal-999")).isEqualTo(1 + 10);
    }
}
