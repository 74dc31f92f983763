package io.tessera.plugins.catalog.product;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.uom.UnitService;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.notify.Notifications;
import java.util.UUID;

/**
 * One product, at {@code catalog/product/new} or {@code catalog/product/<id>}: the form (create or edit, every
 * refused field marked, nothing typed lost), archive and restore, and for a stored product its variants (a
 * template's) and its suppliers.
 */
public class ProductEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** The route of this view; {@code /new} creates a product. */
    public static final String ROUTE = "catalog/product";

    private final ProductService products;
    private final CategoryService categories;
    private final UnitService units;
    private final VariantService variants;
    private final SupplierService suppliers;
    private final Parties parties;
    private final boolean canWrite;
    private String title = "";

    /**
     * Created by the shell.
     *
     * @param products   products
     * @param categories categories, to choose from
     * @param units      units, to choose from
     * @param variants   a template's variants
     * @param suppliers  a product's suppliers
     * @param parties    the party master, to pick suppliers
     * @param user       the signed-in user
     */
    public ProductEditorView(ProductService products, CategoryService categories, UnitService units,
                             VariantService variants, SupplierService suppliers, Parties parties, CurrentUser user) {
        this.products = products;
        this.categories = categories;
        this.units = units;
        this.variants = variants;
        this.suppliers = suppliers;
        this.parties = parties;
        this.canWrite = user.hasPermission(CatalogPermissions.WRITE);
        setWidthFull();
        setMaxWidth("1200px");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        if ("new".equals(parameter)) {
            showNew();
            return;
        }
        try {
            show(products.get(UUID.fromString(parameter)));
        } catch (IllegalArgumentException | ApiProblem notFound) {
            title = getTranslation("catalog.product.title");
            add(new H2(title), new Paragraph(getTranslation("catalog.product.missing")), back());
        }
    }

    private void showNew() {
        title = getTranslation("catalog.product.new");
        ProductForm form = new ProductForm(categories.list(), units.list());
        Button create = new Button(getTranslation("catalog.action.create"), e -> {
            try {
                ProductView created = products.create(form.request(null));
                Notifications.success(getTranslation("catalog.action.created", created.sku()));
                UI.getCurrent().navigate(ROUTE + "/" + created.id());
            } catch (ApiProblem refused) {
                form.errors().show(refused);
            }
        });
        create.setId("product-save");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(canWrite);
        add(new H2(title), form, actions(create, back()));
    }

    private void show(ProductView product) {
        title = product.sku() + " · " + product.name();
        H2 heading = new H2(title);
        heading.setId("product-title");
        add(heading);
        if (!product.active()) {
            Span archived = new Span(getTranslation("catalog.product.archivedNote"));
            archived.getElement().getThemeList().add("badge contrast");
            archived.setId("product-archived");
            add(archived);
        }
        if (product.templateId() != null) {
            Button template = new Button(getTranslation("catalog.product.variantOf", product.variantValues()),
                    e -> UI.getCurrent().navigate(ROUTE + "/" + product.templateId()));
            template.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            template.setId("product-template");
            add(template);
        }
        ProductForm form = new ProductForm(categories.list(), units.list());
        form.show(product);
        add(form);
        if (canWrite) {
            Button save = new Button(getTranslation("catalog.action.save"), e -> {
                try {
                    ProductView saved = products.update(product.id(), form.request(product.version()));
                    Notifications.success(getTranslation("catalog.action.saved", saved.sku()));
                    removeAll();
                    show(saved);
                } catch (ApiProblem refused) {
                    form.errors().show(refused);
                }
            });
            save.setId("product-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button toggle = new Button(getTranslation(product.active() ? "catalog.action.archive" : "catalog.action.restore"),
                    e -> {
                        try {
                            ProductView changed = products.setActive(product.id(), !product.active());
                            Notifications.success(getTranslation(changed.active() ? "catalog.action.restored"
                                    : "catalog.action.archived", changed.sku()));
                            removeAll();
                            show(changed);
                        } catch (ApiProblem refused) {
                            Notifications.error(refused);
                        }
                    });
            toggle.setId("product-archive");
            if (product.active()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            add(actions(save, toggle, back()));
        } else {
            form.lock();
            add(actions(back()));
        }
        if (product.templateId() == null) {
            add(new VariantsPanel(variants, product, canWrite));
        }
        add(new SuppliersPanel(suppliers, parties, units, product, canWrite));
    }

    private Button back() {
        Button back = new Button(getTranslation("catalog.product.back"), e -> UI.getCurrent().navigate("catalog/products"));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("product-back");
        return back;
    }

    private static HorizontalLayout actions(Button... buttons) {
        HorizontalLayout actions = new HorizontalLayout(buttons);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
