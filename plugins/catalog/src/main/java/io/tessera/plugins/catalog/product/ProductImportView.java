package io.tessera.plugins.catalog.product;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Imports products from CSV: upload a file (or paste it), check it first (a dry run lists every refused row and
 * field, and what would be created, updated or left unchanged), then import it, all or nothing. Rows whose SKU exists
 * update that product. The download gives the products in the same columns, to edit and import again.
 */
public class ProductImportView extends VerticalLayout implements HasDynamicTitle {

    /** The route of this view. */
    public static final String ROUTE = "catalog/import";

    private final ProductImport imports;
    private final TextArea csv = new TextArea();
    private final Paragraph summary = new Paragraph();
    private final Grid<ProductImport.RowError> errors = new Grid<>();
    private final Button run = new Button();

    /**
     * Created by the shell.
     *
     * @param imports the import
     * @param queries the products, for the download
     * @param user    the signed-in user
     */
    public ProductImportView(ProductImport imports, ProductQueries queries, CurrentUser user) {
        this.imports = imports;
        setWidthFull();
        setMaxWidth("1200px");
        boolean canWrite = user.hasPermission(CatalogPermissions.WRITE);
        add(new H2(getTranslation("catalog.import.title")));
        add(new Paragraph(getTranslation("catalog.import.help", String.join(", ", ProductImport.COLUMNS))));

        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ProductCsv.of(queries).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "products.csv", "text/csv;charset=UTF-8",
                    bytes.length);
        }), getTranslation("catalog.import.download"));
        download.setId("import-download");
        add(download);
        if (!canWrite) {
            add(new Paragraph(getTranslation("catalog.products.readOnly")));
            return;
        }

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            String text = new String(data, StandardCharsets.UTF_8);
            getUI().ifPresent(ui -> ui.access(() -> load(text)));
        }));
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setId("import-upload");
        // the handler runs in the upload's request; the round trip of this event brings the loaded text to the page
        upload.addAllFinishedListener(e -> csv.focus());
        csv.setLabel(getTranslation("catalog.import.content"));
        csv.setId("import-csv");
        csv.setWidthFull();
        csv.setMinHeight("8rem");
        csv.setMaxHeight("20rem");
        csv.addValueChangeListener(e -> run.setEnabled(false));
        Button check = new Button(getTranslation("catalog.import.check"), e -> check());
        check.setId("import-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setText(getTranslation("catalog.import.run"));
        run.setId("import-run");
        run.setEnabled(false);
        run.addClickListener(e -> importNow());
        Button back = new Button(getTranslation("catalog.product.back"), e -> UI.getCurrent().navigate("catalog/products"));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(check, run, back);
        actions.setWrap(true);
        summary.setId("import-summary");
        TenantFormat format = TenantFormat.current();
        errors.setId("import-errors");
        errors.addColumn(e -> format.number(e.row())).setHeader(getTranslation("catalog.import.row"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ProductImport.RowError::field).setHeader(getTranslation("catalog.import.column")).setAutoWidth(true);
        errors.addColumn(ProductImport.RowError::message).setHeader(getTranslation("catalog.import.problem")).setFlexGrow(3);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        add(upload, csv, actions, summary, errors);
    }

    /** Puts a file's text in the editor, ready to check. */
    void load(String text) {
        csv.setValue(text);
        summary.setText(getTranslation("catalog.import.loaded"));
        errors.setVisible(false);
    }

    private void check() {
        try {
            ProductImport.Result result = imports.run(csv.getValue(), true);
            show(result);
            run.setEnabled(result.errors().isEmpty());
        } catch (ApiProblem refused) {
            run.setEnabled(false);
            errors.setVisible(false);
            summary.setText("");
            Notifications.error(refused);
        }
    }

    private void importNow() {
        try {
            ProductImport.Result result = imports.run(csv.getValue(), false);
            show(result);
            run.setEnabled(false);
            Notifications.success(getTranslation("catalog.import.done", result.created(), result.updated()));
        } catch (ApiProblem refused) {
            run.setEnabled(false);
            Notifications.error(refused);
        }
    }

    private void show(ProductImport.Result result) {
        TenantFormat format = TenantFormat.current();
        String key = result.dryRun()
                ? result.errors().isEmpty() ? "catalog.import.wouldDo" : "catalog.import.refused"
                : "catalog.import.did";
        summary.setText(getTranslation(key, format.number(result.rows()), format.number(result.created()),
                format.number(result.updated()), format.number(result.skipped()), format.number(result.errors().size())));
        errors.setItems(result.errors());
        errors.setVisible(!result.errors().isEmpty());
    }

    List<ProductImport.RowError> shownErrors() {
        return errors.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.import.title");
    }
}
