package io.tessera.plugins.pipeline;

import static io.tessera.plugins.pipeline.PipelineIT.opportunity;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testsupport.browserless.KernelViews.byId;
import static io.tessera.testsupport.browserless.KernelViews.choose;
import static io.tessera.testsupport.browserless.KernelViews.find;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.labelled;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.sdk.MemberSummary;
import io.tessera.sdk.party.PartySummary;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.kit.form.EntityForm;
import io.tessera.ui.kit.grid.EntityGrid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pipeline's views without a browser (Vaadin browserless-test), created by the running kernel's Spring context
 * on PostgreSQL with the plugin's real jar: the opportunity form's validation, the Won and Lost actions of the
 * board (a loss needs a reason), the list's filter and CSV export, the global search and the customer-360 panel,
 * each checked against the database and never showing another tenant's deals.
 */
class PipelineViewsIT {

    static final String PASSWORD = "correct-horse-battery-9";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static KernelViews.Member acme;
    static String acmeTenantId;
    static String acmeParty;
    static KernelViews.Member globex;
    static String globexParty;

    @BeforeAll
    static void tenants() {
        ApiClient acmeApi = tenantWithPipeline("pv-acme");
        ApiClient globexApi = tenantWithPipeline("pv-globex");
        acme = VIEWS.admin("pv-acme");
        acmeTenantId = acme.tenant().id().toString();
        globex = VIEWS.admin("pv-globex");
        acmeParty = company(acmeApi, "Wayne Enterprises");
        created(acmeApi.post("/api/v1/parties", "{\"kind\":\"person\",\"givenName\":\"Bruce\",\"familyName\":\"Wayne\","
                + "\"name\":\"Bruce Wayne\",\"organizationId\":\"" + acmeParty + "\"}"));
        globexParty = company(globexApi, "Initech");
        created(acmeApi.post("/api/v1/pipeline/opportunities", opportunity("Wayne: 50 seats", acmeParty, "12000.50", "EUR",
                "2027-03-31")));
        created(globexApi.post("/api/v1/pipeline/opportunities", opportunity("Wayne: Initech's secret", globexParty, "99",
                "EUR", "2027-03-31")));
    }

    static ApiClient tenantWithPipeline(String slug) {
        ApiClient api = KERNEL.provisionTenant(slug, PASSWORD);
        enable(api, "pipeline");
        return api;
    }

    static long acmeDeals(String name) {
        return KERNEL.countAsSuperuser("select count(*) from opportunities where tenant_id = ?::uuid and name = ?",
                acmeTenantId, name);
    }

    static void asAcme(Runnable body) {
        VIEWS.as(acme, body);
    }

    @Test
    void theFormShowsMissingNameCompanyAndANegativeAmountOnTheFieldsAndSavesNothing() {
        asAcme(() -> {
            navigate("pipeline/opportunity/new");
            TextField name = labelled(TextField.class, "Name");
            ComboBox<PartySummary> company = combo("Company");
            ComboBox<MemberSummary> owner = combo("Owner");
            BigDecimalField amount = labelled(BigDecimalField.class, "Amount");
            assertThat(owner.getValue()).as("the signed-in user owns a new deal").isNotNull();
            assertThat(owner.getValue().userId()).isEqualTo(acme.userId());
            labelled(DatePicker.class, "Expected close date").setValue(LocalDate.of(2027, 6, 30));
            amount.setValue(new BigDecimal("-5"));
            save();
            assertThat(name.isInvalid()).as("name").isTrue();
            assertThat(company.isInvalid()).as("company").isTrue();
            assertThat(amount.isInvalid()).as("amount").isTrue();
            assertThat(KERNEL.countAsSuperuser("select count(*) from opportunities where tenant_id = ?::uuid and amount < 0",
                    acmeTenantId)).isZero();

            assertThat(suggestions(company, "Initech")).as("another tenant's company is no company here").isEmpty();
            assertThat(suggestions(company, "wayne")).extracting(PartySummary::name).containsExactly("Wayne Enterprises");
            assertThat(suggestions(company, "")).as("people are not offered as the company")
                    .extracting(PartySummary::name).doesNotContain("Bruce Wayne");
            assertThat(suggestions(owner, "admin")).extracting(MemberSummary::userId).containsExactly(acme.userId());
            assertThat(suggestions(owner, "nobody-like-this")).isEmpty();

            name.setValue("Form deal");
            amount.setValue(new BigDecimal("250"));
            company.setValue(suggestions(company, "Wayne").getFirst());
            save();
            assertThat(acmeDeals("Form deal")).as(() -> texts().toString()).isEqualTo(1);
            assertThat(texts()).as("the saved deal's page").contains("Form deal", "Stage history");
            assertThat(KERNEL.queryAsSuperuser("select party_id::text || ' ' || owner_id::text from opportunities "
                    + "where name = ?", "Form deal")).isEqualTo(acmeParty + " " + acme.userId());
        });
    }

    @Test
    void theDealsPageShowsTheAmountWithTheCurrencysDigitsAndItsCompanyAndOwnerPicked() {
        String id = dealFor("Detail: formatted");
        asAcme(() -> {
            navigate("pipeline/opportunity/" + id);
            BigDecimalField amount = labelled(BigDecimalField.class, "Amount");
            assertThat(amount.getValue().toPlainString()).as("EUR has 2 digits, not the column's 4").isEqualTo("100.00");
            assertThat(KERNEL.queryAsSuperuser("select amount::text from opportunities where id = ?::uuid", id))
                    .isEqualTo("100.0000");
            assertThat(combo("Company").getValue()).extracting("name").isEqualTo("Wayne Enterprises");
            assertThat(combo("Owner").getValue()).extracting("userId").isEqualTo(acme.userId());
            assertThat(((ComboBox<?>) combo("Currency")).getValue()).isEqualTo("EUR");
            assertThat(byId(com.vaadin.flow.component.html.Span.class, "opportunity-status").orElseThrow().getElement()
                    .getTextRecursively()).startsWith("Open").doesNotContain("open ");
        });
    }

    @Test
    void wonAndLostOnTheDealsPageCloseItAndShowTheOutcome() {
        String won = dealFor("Detail: won");
        String lost = dealFor("Detail: lost");
        asAcme(() -> {
            navigate("pipeline/opportunity/" + won);
            byId(Button.class, "opportunity-won").orElseThrow().click();
            assertThat(status(won)).isEqualTo("won");
            assertThat(byId(com.vaadin.flow.component.html.Span.class, "opportunity-status").orElseThrow().getElement()
                    .getTextRecursively()).startsWith("Won");
            assertThat(byId(Button.class, "opportunity-won")).as("a closed deal has no outcome buttons").isEmpty();

            navigate("pipeline/opportunity/" + lost);
            byId(Button.class, "opportunity-lost").orElseThrow().click();
            MockVaadin.clientRoundtrip();
            byId(Button.class, "confirm-lost").orElseThrow().click();
            assertThat(byId(TextArea.class, "lost-reason").orElseThrow().isInvalid()).as("a loss needs a reason").isTrue();
            assertThat(status(lost)).isEqualTo("open");
            byId(TextArea.class, "lost-reason").orElseThrow().setValue("Budget cut");
            byId(Button.class, "confirm-lost").orElseThrow().click();
            assertThat(status(lost)).isEqualTo("lost");
            assertThat(byId(com.vaadin.flow.component.html.Span.class, "opportunity-status").orElseThrow().getElement()
                    .getTextRecursively()).startsWith("Lost").contains("Lost: Budget cut");
        });
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(String label) {
        return labelled(ComboBox.class, label);
    }

    /** What a picker offers for the text typed into it (its lazy data provider, as the browser would fetch it). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> List<T> suggestions(ComboBox<T> box, String typed) {
        return ((com.vaadin.flow.data.provider.DataProvider) box.getDataProvider())
                .fetch(new com.vaadin.flow.data.provider.Query<>(0, 50, List.of(), null, typed)).toList();
    }

    @SuppressWarnings("rawtypes")
    private static void save() {
        EntityForm form = find(EntityForm.class).getFirst();
        form.getSaveButton().click();
    }

    @Test
    void aLossNeedsAReasonAndBothOutcomesShowInTheListAndTheDatabase() {
        String lost = dealFor("Board: lost one");
        String won = dealFor("Board: won one");
        asAcme(() -> {
            navigate("pipeline/board");
            cardButton(lost, "Lost").click();
            MockVaadin.clientRoundtrip();
            Dialog dialog = find(Dialog.class).stream().filter(Dialog::isOpened).findFirst().orElseThrow();
            assertThat(dialog.getHeaderTitle()).isEqualTo("Why was Board: lost one lost?");
            Button confirm = byId(Button.class, "confirm-lost").orElseThrow();
            confirm.click();
            TextArea reason = byId(TextArea.class, "lost-reason").orElseThrow(() -> new AssertionError(
                    find(com.vaadin.flow.component.Component.class).stream().map(c -> c.getClass().getSimpleName()
                            + c.getId().map(i -> "#" + i).orElse("")).toList().toString()));
            assertThat(reason.isInvalid()).isTrue();
            assertThat(reason.getErrorMessage()).isEqualTo("Give the reason the deal was lost");
            assertThat(dialog.isOpened()).isTrue();
            assertThat(status(lost)).as("nothing changes without a reason").isEqualTo("open");

            reason.setValue("Too expensive");
            confirm.click();
            assertThat(dialog.isOpened()).isFalse();
            assertThat(status(lost)).isEqualTo("lost");
            assertThat(KERNEL.queryAsSuperuser("select lost_reason from opportunities where id = ?::uuid", lost))
                    .isEqualTo("Too expensive");

            cardButton(won, "Won").click();
            assertThat(status(won)).isEqualTo("won");
            assertThat(find(Anchor.class)).as("closed deals leave the board")
                    .noneMatch(a -> a.getHref().endsWith(lost) || a.getHref().endsWith(won));

            navigate("pipeline/opportunities");
            choose(labelled(Select.class, "Status"), "LOST");
            List<Object> rows = items(byId(EntityGrid.class, "opportunity-grid").orElseThrow().getGrid());
            // other tests of the class close deals of their own
            assertThat(rows).extracting(Object::toString).allMatch(r -> r.contains("status=lost"))
                    .anyMatch(r -> r.contains("name=Board: lost one") && r.contains("lostReason=Too expensive"))
                    .noneMatch(r -> r.contains("name=Board: won one"));
            choose(labelled(Select.class, "Status"), "WON");
            assertThat(items(byId(EntityGrid.class, "opportunity-grid").orElseThrow().getGrid())).extracting(Object::toString)
                    .allMatch(r -> r.contains("status=won")).anyMatch(r -> r.contains("name=Board: won one"));
        });
    }

    @Test
    void theListExportsTheRowsOfItsFilterAsCsv() {
        dealFor("Export: first");
        dealFor("Export: second, with a comma");
        asAcme(() -> {
            navigate("pipeline/opportunities");
            EntityGrid<?> grid = byId(EntityGrid.class, "opportunity-grid").orElseThrow();
            assertThat(byId(Anchor.class, "opportunity-csv").orElseThrow().getText()).isEqualTo("Export CSV");
            grid.getSearchField().setValue("Export:");
            String[] lines = new String(grid.csv(), StandardCharsets.UTF_8).split("\r\n");
            assertThat(lines[0]).isEqualTo("Name,Stage,Status,Amount,Expected close date");
            assertThat(lines).hasSize(3);
            assertThat(lines[1]).startsWith("\"Export: second, with a comma\",Prospecting,Open,");
            assertThat(lines[2]).startsWith("Export: first,Prospecting,Open,");
        });
    }

    @Test
    void searchFindsTheTenantsDealsAndNeverAnotherTenants() {
        asAcme(() -> {
            navigate("search?q=Wayne");
            assertThat(texts()).contains("Wayne: 50 seats").doesNotContain("Wayne: Initech's secret");
        });
        VIEWS.as(globex, () -> {
            navigate("search?q=Wayne");
            assertThat(texts()).contains("Wayne: Initech's secret").doesNotContain("Wayne: 50 seats");
        });
    }

    @Test
    void thePartyPageShowsThePartysOpenDealsAndAnotherTenantsPartyShowsNothing() {
        asAcme(() -> {
            navigate("parties/" + acmeParty);
            assertThat(texts()).contains("Open opportunities", "Wayne: 50 seats");
            assertThat(find(Anchor.class)).anyMatch(a -> a.getHref().equals("pipeline/opportunity/new?party=" + acmeParty));
            navigate("parties/" + globexParty);
            assertThat(texts()).doesNotContain("Wayne: Initech's secret", "Open opportunities");
        });
    }

    static String dealFor(String name) {
        ApiClient api = KERNEL.api("admin@pv-acme.test", PASSWORD);
        return created(api.post("/api/v1/pipeline/opportunities", opportunity(name, acmeParty, "100", "EUR", "2027-04-30")));
    }

    static String status(String id) {
        return KERNEL.queryAsSuperuser("select lower(status) from opportunities where id = ?::uuid", id);
    }

    /** A card's action: the button next to the link that opens that deal. */
    static Button cardButton(String dealId, String text) {
        return find(Button.class).stream().filter(b -> text.equals(b.getText()))
                .filter(b -> b.getParent().map(p -> p.getChildren()
                        .anyMatch(c -> c instanceof Anchor a && a.getHref().endsWith(dealId))).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("No " + text + " button on the card of " + dealId));
    }
}
