package io.tessera.plugins.catalog;

import static io.tessera.plugins.catalog.CatalogIT.product;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.byId;
import static io.tessera.testsupport.browserless.KernelViews.component;
import static io.tessera.testsupport.browserless.KernelViews.currentView;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.labelled;
import static io.tessera.testsupport.browserless.KernelViews.menu;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.openDialog;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.kit.grid.EntityGrid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalog views without a browser (Vaadin browserless-test), created by the running kernel's Spring context on
 * PostgreSQL with the plugin's real jar (and accounting's, for the chart picker): the products grid (search, filters,
 * archive, CSV), the product form (create, edit, refused fields marked with the input kept), variants (generate, edit
 * SKU and price extra in the grid), suppliers, the CSV import (dry run, then import, updating by SKU), categories
 * (dialog; accounts from the chart with accounting), units (exact ratios, adding one) and price lists (with quantity
 * breaks) — never another tenant's records.
 */
class CatalogViewsIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(java.nio.file.Path.of("../accounting/target/accounting.jar")).build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static KernelViews.Member acme;
    static ApiClient api;
    static String widget;
    static String globexProduct;

    @BeforeAll
    static void tenants() {
        api = KERNEL.provisionTenant("cv-acme", CatalogIT.PASSWORD);
        enable(api, "catalog");
        ApiClient globex = KERNEL.provisionTenant("cv-globex", CatalogIT.PASSWORD);
        enable(globex, "catalog");
        acme = VIEWS.admin("cv-acme");
        widget = created(api.post("/api/v1/catalog/products", product("W-1", "Widget", "storable", "unit")
                .replace("}", ",\"salesPrice\":1234.5,\"currency\":\"EUR\"}")));
        created(api.post("/api/v1/catalog/products", product("S-1", "Setup", "service", "h")));
        globexProduct = created(globex.post("/api/v1/catalog/products", product("G-1", "Globex gadget", "storable", "unit")));
        created(api.post("/api/v1/catalog/price-lists", """
                {"name":"Wholesale","currency":"EUR","items":[{"productId":"%s","price":1000}]}""".formatted(widget)));
    }

    @Test
    void theProductsGridListsSearchesArchivesAndExportsTheTenantsProducts() {
        VIEWS.as(acme, () -> {
            navigate("catalog/products");
            assertThat(menu()).contains("Products", "Product categories", "Units of measure", "Price lists");
            assertThat(((HasDynamicTitle) currentView()).getPageTitle()).isEqualTo("Products");
            EntityGrid<?> grid = byId(EntityGrid.class, "catalog-products").orElseThrow();
            assertThat(items(grid.getGrid())).extracting(Object::toString)
                    .anyMatch(p -> p.contains("sku=W-1")).anyMatch(p -> p.contains("sku=S-1"))
                    .noneMatch(p -> p.contains("Globex"));
            String csv = new String(grid.csv(), StandardCharsets.UTF_8);
            assertThat(csv.split("\r\n")[0]).isEqualTo("SKU,Name,Type,Category,Unit,List price");
            assertThat(csv).contains("W-1,Widget,Storable,All products,unit,").doesNotContain("G-1");

            grid.getSearchField().setValue("widg");
            assertThat(items(grid.getGrid())).extracting(Object::toString).singleElement()
                    .satisfies(p -> assertThat(p).contains("sku=W-1"));
            archiveButton(grid).click();
            assertThat(KERNEL.queryAsSuperuser("select active::text from catalog_products where id = ?::uuid", widget))
                    .isEqualTo("false");
            assertThat(items(grid.getGrid())).as("active ones only").isEmpty();
            labelled(Checkbox.class, "Show archived").setValue(true);
            assertThat(items(grid.getGrid())).extracting(Object::toString).singleElement()
                    .satisfies(p -> assertThat(p).contains("sku=W-1").contains("active=false"));
            archiveButton(grid).click();
            assertThat(KERNEL.queryAsSuperuser("select active::text from catalog_products where id = ?::uuid", widget))
                    .isEqualTo("true");
        });
    }

    @Test
    void theProductFormMarksEveryRefusedFieldKeepsTheInputAndCreatesAValidProduct() {
        VIEWS.as(acme, () -> {
            navigate("catalog/products");
            button("products-new").click();
            assertThat(((HasDynamicTitle) currentView()).getPageTitle()).isEqualTo("New product");
            TextField sku = component(TextField.class, "product-sku");
            BigDecimalField price = component(BigDecimalField.class, "product-price");
            ComboBox<?> currency = component(ComboBox.class, "product-currency");
            sku.setValue("NEW 1");
            price.setValue(new BigDecimal("5"));
            currency.clear();
            button("product-save").click();
            assertThat(sku.isInvalid()).isTrue();
            assertThat(sku.getErrorMessage()).contains("letters, digits");
            assertThat(component(TextField.class, "product-name").isInvalid()).isTrue();
            assertThat(currency.isInvalid()).isTrue();
            assertThat(sku.getValue()).as("nothing typed is lost").isEqualTo("NEW 1");
            assertThat(price.getValue()).isEqualByComparingTo("5");
            assertThat(KERNEL.countAsSuperuser("select count(*) from catalog_products where sku like 'NEW%'")).isZero();

            // the sales and purchase units are offered from the base unit's category only
            choose(component(ComboBox.class, "product-uom"), "kg");
            List<String> salesUnits = ((Select<?>) component(Select.class, "product-sales-uom")).getListDataView().getItems()
                    .map(Object::toString).toList();
            assertThat(salesUnits).allMatch(u -> u.contains("category=weight")).anyMatch(u -> u.contains("code=g,"));
            choose(component(Select.class, "product-sales-uom"), "g");

            sku.setValue("NEW-1");
            component(TextField.class, "product-name").setValue("Brand new");
            choose(currency, "EUR");
            button("product-save").click();
            assertThat(KERNEL.queryAsSuperuser(
                    "select base_uom || ' ' || sales_uom || ' ' || currency from catalog_products where sku = 'NEW-1'"))
                    .isEqualTo("kg g EUR");
            assertThat(((HasDynamicTitle) currentView()).getPageTitle()).isEqualTo("NEW-1 · Brand new");
            assertThat(component(ComboBox.class, "product-uom").isReadOnly()).as("the base unit is fixed").isTrue();
        });
    }

    @Test
    void aProductIsEditedAndArchivedOnItsPage() {
        String id = created(api.post("/api/v1/catalog/products", product("ED-1", "To edit", "storable", "unit")));
        VIEWS.as(acme, () -> {
            navigate("catalog/product/" + id);
            assertThat(((HasDynamicTitle) currentView()).getPageTitle()).isEqualTo("ED-1 · To edit");
            component(TextField.class, "product-name").setValue("Edited");
            component(TextField.class, "product-barcode").setValue("bad barcode!");
            button("product-save").click();
            assertThat(component(TextField.class, "product-barcode").isInvalid()).isTrue();
            assertThat(component(TextField.class, "product-name").getValue()).isEqualTo("Edited");
            component(TextField.class, "product-barcode").setValue("400123");
            button("product-save").click();
            assertThat(KERNEL.queryAsSuperuser("select name || ' ' || barcode from catalog_products where id = ?::uuid", id))
                    .isEqualTo("Edited 400123");
            button("product-archive").click();
            assertThat(KERNEL.queryAsSuperuser("select active::text from catalog_products where id = ?::uuid", id))
                    .isEqualTo("false");
            assertThat(byId(com.vaadin.flow.component.html.Span.class, "product-archived")).isPresent();

            navigate("catalog/product/" + java.util.UUID.randomUUID());
            assertThat(texts()).contains("There is no such product.");
            navigate("catalog/product/" + globexProduct);
            assertThat(texts()).as("another tenant's product is not shown").contains("There is no such product.");
        });
    }

    @Test
    void variantsAreGeneratedAndTheirSkusAndPriceExtrasEditedInTheGrid() {
        String shirt = created(api.post("/api/v1/catalog/products", product("SHIRT", "Shirt", "storable", "unit")
                .replace("}", ",\"salesPrice\":20,\"currency\":\"EUR\"}")));
        VIEWS.as(acme, () -> {
            navigate("catalog/product/" + shirt);
            component(TextField.class, "attribute-name-0").setValue("Size");
            component(TextField.class, "attribute-values-0").setValue("S, M");
            component(TextField.class, "attribute-name-1").setValue("Colour");
            component(TextField.class, "attribute-values-1").setValue("Red, Blue, red");
            button("variants-generate").click();
            assertThat(component(TextField.class, "attribute-values-1").isInvalid()).as("a repeated value").isTrue();
            assertThat(KERNEL.countAsSuperuser("select count(*) from catalog_products where template_id is not null "
                    + "and sku like 'SHIRT-%'")).isZero();
            component(TextField.class, "attribute-values-1").setValue("Red, Blue");
            button("variants-generate").click();
            Grid<?> grid = component(Grid.class, "variants-grid");
            assertThat(items(grid)).hasSize(4);
            assertThat(KERNEL.queryAsSuperuser("select string_agg(sku, ' ' order by sku) from catalog_products "
                    + "where template_id = ?::uuid", shirt)).isEqualTo("SHIRT-M-BLUE SHIRT-M-RED SHIRT-S-BLUE SHIRT-S-RED");
            assertThat(component(TextField.class, "attribute-name-0").isReadOnly()).as("attributes are fixed now").isTrue();

            cell(TextField.class, "variants-grid", 0, 1).setValue("SHIRT-MB");
            BigDecimalField extra = cell(BigDecimalField.class, "variants-grid", 1, 2);
            extra.setValue(new BigDecimal("-25"));
            button("variants-save").click();
            assertThat(extra.isInvalid()).as("a negative price").isTrue();
            assertThat(KERNEL.countAsSuperuser("select count(*) from catalog_products where sku = 'SHIRT-MB'")).isZero();
            extra.setValue(new BigDecimal("2.5"));
            button("variants-save").click();
            assertThat(KERNEL.queryAsSuperuser("select string_agg(sku || '=' || sales_price::numeric(9,2) || '/' "
                    + "|| price_extra::numeric(9,2), ' ' order by sku) from catalog_products where template_id = ?::uuid",
                    shirt)).isEqualTo("SHIRT-M-RED=22.50/2.50 SHIRT-MB=20.00/0.00 SHIRT-S-BLUE=20.00/0.00 SHIRT-S-RED=20.00/0.00");
        });
    }

    @Test
    void aSupplierIsPickedFromThePartiesAndAdded() {
        String bolts = created(api.post("/api/v1/catalog/products", product("BOLTS", "Bolts", "storable", "unit")));
        String supplier = io.tessera.testkit.ApiAssertions.company(api, "Bolt Supply GmbH");
        VIEWS.as(acme, () -> {
            navigate("catalog/product/" + bolts);
            button("supplier-add").click();
            assertThat(component(ComboBox.class, "supplier-party").isInvalid()).isTrue();
            assertThat(component(BigDecimalField.class, "supplier-price").isInvalid()).isTrue();
            pick(component(ComboBox.class, "supplier-party"), "Bolt Supply");
            component(TextField.class, "supplier-sku").setValue("B-77");
            component(BigDecimalField.class, "supplier-price").setValue(new BigDecimal("1.80"));
            component(BigDecimalField.class, "supplier-minimum").setValue(new BigDecimal("10"));
            component(com.vaadin.flow.component.textfield.IntegerField.class, "supplier-lead").setValue(7);
            button("supplier-add").click();
            assertThat(KERNEL.queryAsSuperuser("select party_id::text || ' ' || supplier_sku || ' ' || lead_days "
                    + "from catalog_supplier_info where product_id = ?::uuid", bolts)).isEqualTo(supplier + " B-77 7");
            assertThat(items(component(Grid.class, "suppliers-grid"))).extracting(Object::toString)
                    .singleElement().satisfies(s -> assertThat(s).contains("supplierName=Bolt Supply GmbH"));
        });
    }

    @Test
    void aCsvFileIsCheckedThenImportedAndUpdatesBySku() {
        created(api.post("/api/v1/catalog/products", product("IMPV-0", "To rename", "storable", "unit")));
        VIEWS.as(acme, () -> {
            navigate("catalog/products");
            button("products-import").click();
            assertThat(((HasDynamicTitle) currentView()).getPageTitle()).isEqualTo("Import products");
            TextArea csv = component(TextArea.class, "import-csv");
            csv.setValue("sku,name,type,uom,salesPrice,currency\nIMPV-1,Imported,storable,unit,3,EUR\n"
                    + "IMPV-2,Broken,storable,parsec,,\n");
            button("import-check").click();
            assertThat(component(com.vaadin.flow.component.html.Paragraph.class, "import-summary").getText())
                    .contains("2 row(s) checked: 1 problem(s)");
            assertThat(items(component(Grid.class, "import-errors"))).extracting(Object::toString)
                    .singleElement().satisfies(e -> assertThat(e).contains("row=3").contains("field=uom"));
            assertThat(button("import-run").isEnabled()).isFalse();
            csv.setValue("sku,name,type,uom,salesPrice,currency\nIMPV-1,Imported,storable,unit,3,EUR\n"
                    + "IMPV-0,Renamed,storable,unit,,\n");
            button("import-check").click();
            assertThat(component(com.vaadin.flow.component.html.Paragraph.class, "import-summary").getText())
                    .isEqualTo("2 row(s) checked: 1 would be created, 1 updated, 0 unchanged. Nothing was written yet.");
            assertThat(KERNEL.countAsSuperuser("select count(*) from catalog_products where sku = 'IMPV-1'")).isZero();
            button("import-run").click();
            assertThat(KERNEL.countAsSuperuser("select count(*) from catalog_products where sku = 'IMPV-1'")).isEqualTo(1);
            assertThat(KERNEL.queryAsSuperuser("select name from catalog_products where sku = 'IMPV-0'"))
                    .isEqualTo("Renamed");
        });
    }

    @Test
    void categoriesAreCreatedAndChangedInADialogAndUnitsAddedWithTheirExactRatio() {
        VIEWS.as(acme, () -> {
            navigate("catalog/categories");
            button("categories-new").click();
            openDialog();
            button("category-save").click();
            assertThat(component(TextField.class, "category-name").isInvalid()).isTrue();
            component(TextField.class, "category-name").setValue("Spare parts");
            @SuppressWarnings("unchecked")
            ComboBox<String> inventory = component(ComboBox.class, "category-inventory");
            inventory.setValue("bad code!");
            button("category-save").click();
            assertThat(inventory.isInvalid()).isTrue();
            inventory.setValue("1400");
            choose(component(Select.class, "category-method"), "AVERAGE");
            button("category-save").click();
            assertThat(KERNEL.queryAsSuperuser("select cost_method || ' ' || inventory_account from catalog_categories "
                    + "where name = 'Spare parts'")).isEqualTo("AVERAGE 1400");

            navigate("catalog/units");
            Grid<?> grid = component(Grid.class, "catalog-units");
            assertThat(ratioOf(grid, "code=dozen,")).isEqualTo("12 unit");
            assertThat(ratioOf(grid, "code=g,")).isEqualTo("1/1,000 kg");
            component(TextField.class, "unit-code").setValue("Bad Code");
            button("unit-create").click();
            assertThat(component(TextField.class, "unit-code").isInvalid()).isTrue();
            component(TextField.class, "unit-code").setValue("box6");
            component(TextField.class, "unit-name").setValue("Box of 6");
            component(ComboBox.class, "unit-category").setValue("units");
            component(com.vaadin.flow.component.textfield.IntegerField.class, "unit-numerator").setValue(6);
            button("unit-create").click();
            assertThat(ratioOf(grid, "code=box6,")).isEqualTo("6 unit");
        });
    }

    @Test
    void aPriceListIsCreatedWithQuantityBreaks() {
        created(api.post("/api/v1/catalog/products", product("PLX-9", "Priced", "storable", "unit")));
        VIEWS.as(acme, () -> {
            navigate("catalog/price-lists");
            button("price-lists-new").click();
            component(TextField.class, "price-list-name").setValue("Trade");
            button("price-list-add-item").click();
            pick(cell(ComboBox.class, "price-list-items", 0, 0), "PLX-9");
            cell(BigDecimalField.class, "price-list-items", 0, 2).setValue(new BigDecimal("10"));
            BigDecimalField price = cell(BigDecimalField.class, "price-list-items", 0, 3);
            button("price-list-save").click();
            assertThat(price.isInvalid()).as("the price is missing").isTrue();
            price.setValue(new BigDecimal("990"));
            button("price-list-save").click();
            assertThat(KERNEL.queryAsSuperuser("select l.currency || ' ' || i.uom || ' ' || i.min_quantity::numeric(9,0) "
                    + "|| ' ' || i.price::numeric(9,0) from catalog_price_lists l join catalog_price_items i "
                    + "on i.price_list_id = l.id and i.tenant_id = l.tenant_id where l.name = 'Trade'"))
                    .isEqualTo("EUR unit 10 990");
            assertThat(((HasDynamicTitle) currentView()).getPageTitle()).isEqualTo("Trade");
        });
    }

    @Test
    void categoriesUnitsAndPriceListsAreShownTranslatedWithTheirTitles() {
        VIEWS.as(acme, () -> {
            navigate("catalog/categories");
            assertThat(((HasDynamicTitle) currentView()).getPageTitle()).isEqualTo("Product categories");
            assertThat(items(byId(Grid.class, "catalog-categories").orElseThrow())).extracting(Object::toString)
                    .anyMatch(c -> c.contains("name=All products") && c.contains("costMethod=fifo"));

            navigate("catalog/units");
            assertThat(((HasDynamicTitle) currentView()).getPageTitle()).isEqualTo("Units of measure");
            assertThat(items(byId(Grid.class, "catalog-units").orElseThrow())).extracting(Object::toString)
                    .anyMatch(u -> u.contains("code=dozen")).anyMatch(u -> u.contains("code=lb"));

            navigate("catalog/price-lists");
            assertThat(((HasDynamicTitle) currentView()).getPageTitle()).isEqualTo("Price lists");
            assertThat(items(byId(Grid.class, "catalog-price-lists").orElseThrow())).extracting(Object::toString)
                    .anyMatch(l -> l.contains("name=Wholesale")).noneMatch(l -> l.contains("Globex"));
            assertThat(texts()).contains("Price lists");
        });
    }

    @Test
    void withAccountingEnabledACategorysAccountsArePickedFromTheChart() {
        ApiClient books = KERNEL.provisionTenant("cv-books", CatalogIT.PASSWORD);
        enable(books, "catalog");
        enable(books, "accounting");
        String tenant = KERNEL.queryAsSuperuser("select id::text from tenants where slug = ?", "cv-books");
        String active = KERNEL.queryAsSuperuser("select string_agg(code, ',' order by code) from acc_accounts "
                + "where tenant_id = ?::uuid and active", tenant);
        assertThat(active).as("the chart is seeded").isNotBlank();
        VIEWS.as(VIEWS.admin("cv-books"), () -> {
            navigate("catalog/categories");
            button("categories-new").click();
            openDialog();
            ComboBox<?> inventory = component(ComboBox.class, "category-inventory");
            assertThat(inventory.getListDataView().getItems().map(Object::toString).toList())
                    .as("the chart's active accounts, by code").isEqualTo(List.of(active.split(",")));
            assertThat(inventory.isAllowCustomValue()).isFalse();
            component(TextField.class, "category-name").setValue("Booked");
            choose(inventory, active.split(",")[0]);
            button("category-save").click();
            assertThat(KERNEL.queryAsSuperuser("select inventory_account from catalog_categories where name = 'Booked' "
                    + "and tenant_id = ?::uuid", tenant)).isEqualTo(active.split(",")[0]);
        });
        VIEWS.as(acme, () -> {
            navigate("catalog/categories");
            button("categories-new").click();
            openDialog();
            ComboBox<?> inventory = component(ComboBox.class, "category-inventory");
            assertThat(inventory.getListDataView().getItems().count()).as("no chart without accounting").isZero();
            assertThat(inventory.isAllowCustomValue()).as("the code is typed then").isTrue();
        });
    }

    /** Chooses the first item of a lazy combo box whose label contains a text (as a user typing it would). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void pick(ComboBox combo, String text) {
        java.util.stream.Stream<Object> found = combo.getDataProvider()
                .fetch(new com.vaadin.flow.data.provider.Query<>(0, 10, List.of(), null, text));
        Object item = found.findFirst().orElseThrow(() -> new AssertionError("nothing like " + text));
        combo.setValue(item);
    }

    /** Chooses the item of a combo box or select whose record text has {@code code=<code>,} (plugin types are opaque). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void choose(com.vaadin.flow.data.provider.HasListDataView field, String code) {
        java.util.stream.Stream<Object> items = field.getListDataView().getItems();
        Object item = items.filter(i -> i != null && (i.toString().contains("code=" + code + ",")
                        || i.toString().equals(code))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code));
        ((com.vaadin.flow.component.HasValue) field).setValue(item);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String ratioOf(Grid grid, String unit) {
        List<Object> rows = items(grid);
        int index = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).toString().contains(unit))
                .findFirst().orElseThrow(() -> new AssertionError("no unit " + unit));
        return new GridTester<>(grid).getCellText(index, 3);
    }

    /** The component a row of a grid shows in a column. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> T cell(Class<T> type, String gridId, int row, int column) {
        return type.cast(new GridTester<>((Grid) component(Grid.class, gridId)).getCellComponent(row, column));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Button archiveButton(EntityGrid grid) {
        Object row = items(grid.getGrid()).getFirst();
        var columns = grid.getGrid().getColumns();
        var renderer = ((Grid.Column) columns.getLast()).getRenderer();
        return (Button) ((com.vaadin.flow.data.renderer.ComponentRenderer) renderer).createComponent(row);
    }
}
