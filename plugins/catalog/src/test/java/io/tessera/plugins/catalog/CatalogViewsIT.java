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
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.kit.grid.EntityGrid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalog views without a browser (Vaadin browserless-test), created by the running kernel's Spring context on
 * PostgreSQL with the plugin's real jar: the products grid (search, archive, CSV, the create form naming bad
 * fields), categories, units and price lists — never another tenant's records.
 */
class CatalogViewsIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static KernelViews.Member acme;
    static String widget;

    @BeforeAll
    static void tenants() {
        ApiClient api = KERNEL.provisionTenant("cv-acme", CatalogIT.PASSWORD);
        enable(api, "catalog");
        ApiClient globex = KERNEL.provisionTenant("cv-globex", CatalogIT.PASSWORD);
        enable(globex, "catalog");
        acme = VIEWS.admin("cv-acme");
        widget = created(api.post("/api/v1/catalog/products", product("W-1", "Widget", "storable", "unit")
                .replace("}", ",\"salesPrice\":1234.5,\"currency\":\"EUR\"}")));
        created(api.post("/api/v1/catalog/products", product("S-1", "Setup", "service", "h")));
        created(globex.post("/api/v1/catalog/products", product("G-1", "Globex gadget", "storable", "unit")));
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
    void theCreateFormMarksEveryRefusedFieldAndCreatesAValidProduct() {
        VIEWS.as(acme, () -> {
            navigate("catalog/products");
            TextField sku = component(TextField.class, "product-sku");
            TextField uom = component(TextField.class, "product-uom");
            BigDecimalField price = component(BigDecimalField.class, "product-price");
            sku.setValue("NEW 1");
            uom.setValue("parsec");
            price.setValue(new BigDecimal("5"));
            button("create-product").click();
            assertThat(sku.isInvalid()).isTrue();
            assertThat(component(TextField.class, "product-name").isInvalid()).isTrue();
            assertThat(uom.isInvalid()).isTrue();
            assertThat(component(TextField.class, "product-currency").isInvalid()).isTrue();
            assertThat(KERNEL.countAsSuperuser("select count(*) from catalog_products where sku like 'NEW%'")).isZero();

            sku.setValue("NEW-1");
            component(TextField.class, "product-name").setValue("Brand new");
            uom.setValue("kg");
            component(TextField.class, "product-currency").setValue("eur");
            button("create-product").click();
            assertThat(sku.isInvalid()).isFalse();
            assertThat(KERNEL.queryAsSuperuser("select base_uom || ' ' || currency from catalog_products where sku = 'NEW-1'"))
                    .isEqualTo("kg EUR");
            EntityGrid<?> grid = byId(EntityGrid.class, "catalog-products").orElseThrow();
            assertThat(items(grid.getGrid())).extracting(Object::toString).anyMatch(p -> p.contains("sku=NEW-1"));
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
                    .singleElement().satisfies(l -> assertThat(l).contains("name=Wholesale"));
            assertThat(texts()).contains("Price lists");
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Button archiveButton(EntityGrid grid) {
        Object row = items(grid.getGrid()).getFirst();
        var columns = grid.getGrid().getColumns();
        var renderer = ((Grid.Column) columns.getLast()).getRenderer();
        return (Button) ((com.vaadin.flow.data.renderer.ComponentRenderer) renderer).createComponent(row);
    }
}
