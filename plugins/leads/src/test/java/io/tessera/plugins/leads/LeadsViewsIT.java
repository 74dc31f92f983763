package io.tessera.plugins.leads;

import static io.tessera.plugins.leads.LeadsApi.lead;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.byId;
import static io.tessera.testsupport.browserless.KernelViews.choose;
import static io.tessera.testsupport.browserless.KernelViews.find;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.labelled;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static io.tessera.testsupport.browserless.KernelViews.textsUnder;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.kit.grid.EntityGrid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The leads views without a browser (Vaadin browserless-test), created by the running kernel's Spring context on
 * PostgreSQL with the plugin's real jar: the list's paging, status filter and CSV export; the detail view's
 * qualify, disqualify (a reason required) and convert actions, each checked in the database; the global search
 * and the customer-360 panel, never showing another tenant's leads.
 */
class LeadsViewsIT {

    static final int PAGED = 55;

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static ApiClient api;
    static KernelViews.Member acme;
    static KernelViews.Member globex;
    static String acmeParty;
    static String globexLead;

    @BeforeAll
    static void tenants() {
        api = KERNEL.provisionTenant("lv-acme", LeadsApi.PASSWORD);
        enable(api, "leads");
        ApiClient globexApi = KERNEL.provisionTenant("lv-globex", LeadsApi.PASSWORD);
        enable(globexApi, "leads");
        acme = VIEWS.admin("lv-acme");
        globex = VIEWS.admin("lv-globex");
        acmeParty = company(api, "Wayne Enterprises");
        created(api.post("/api/v1/leads", lead("Bruce Wayne", "bruce@wayne.test", "Wayne Enterprises", "web")));
        globexLead = created(globexApi.post("/api/v1/leads", lead("Bruce Banner", "bruce@initech.test", "Wayne Enterprises",
                "web")));
    }

    static String status(String id) {
        return KERNEL.queryAsSuperuser("select lower(status) from leads where id = ?::uuid", id);
    }

    @Test
    void theListPagesFiltersByStatusAndExportsItsFilter() {
        for (int i = 0; i < PAGED; i++) {
            created(api.post("/api/v1/leads", lead(String.format("Paged lead %02d", i), null, "Paging Co", "fair")));
        }
        List<String> qualified = List.of("Paged lead 03", "Paged lead 07");
        String firstQualified = KERNEL.queryAsSuperuser("select id::text from leads where name = ?", qualified.get(0));
        String secondQualified = KERNEL.queryAsSuperuser("select id::text from leads where name = ?", qualified.get(1));
        ok(api.post("/api/v1/leads/" + firstQualified + "/qualify", ""));
        ok(api.post("/api/v1/leads/" + secondQualified + "/qualify", ""));

        VIEWS.as(acme, () -> {
            navigate("leads/list");
            EntityGrid<?> grid = byId(EntityGrid.class, "lead-grid").orElseThrow();
            grid.getSearchField().setValue("Paged lead");
            List<Object> all = items(grid.getGrid());
            assertThat(all).hasSize(PAGED);
            assertThat(all.getFirst().toString()).as("newest first").contains("name=Paged lead 54");
            List<Object> secondPage = items(grid.getGrid(), 50, 50);
            assertThat(secondPage).hasSize(PAGED - 50);
            assertThat(secondPage.getLast().toString()).contains("name=Paged lead 00");

            choose(labelled(Select.class, "Status"), "QUALIFIED");
            assertThat(items(grid.getGrid())).extracting(Object::toString)
                    .hasSize(2).allMatch(row -> row.contains("status=qualified"))
                    .anyMatch(row -> row.contains("name=Paged lead 03")).anyMatch(row -> row.contains("name=Paged lead 07"));

            assertThat(byId(Anchor.class, "lead-csv").orElseThrow().getText()).isEqualTo("Export CSV");
            String[] lines = new String(grid.csv(), StandardCharsets.UTF_8).split("\r\n");
            assertThat(lines[0]).isEqualTo("Name,Company,Email,Source,Score,Status");
            assertThat(lines).hasSize(3);
            assertThat(List.of(lines[1], lines[2])).allMatch(line -> line.endsWith(",Qualified"))
                    .anyMatch(line -> line.startsWith("Paged lead 07,Paging Co,,fair,"));
        });
    }

    @Test
    void theDetailViewQualifiesDisqualifiesWithAReasonAndConverts() {
        String qualify = created(api.post("/api/v1/leads", lead("Selina Kyle", "selina@cats.test", "Kyle Imports", "web")));
        String drop = created(api.post("/api/v1/leads", lead("Oswald Cobblepot", "oswald@umbrella.test", null, "fair")));
        VIEWS.as(acme, () -> {
            navigate("leads/lead/" + qualify);
            assertThat(byId(com.vaadin.flow.component.html.Span.class, "lead-status").orElseThrow().getText()).isEqualTo("New");
            button("lead-qualify").click();
            assertThat(status(qualify)).isEqualTo("qualified");
            assertThat(button("lead-qualify").isEnabled()).as("a qualified lead is not qualified again").isFalse();

            button("lead-convert").click();
            assertThat(status(qualify)).isEqualTo("converted");
            Div result = byId(Div.class, "lead-result").orElseThrow();
            assertThat(textsUnder(result)).contains("A new company was created.", "A new person was created.",
                    "No opportunity: the pipeline module is not enabled.");
            String company = KERNEL.queryAsSuperuser("select company_id::text from leads where id = ?::uuid", qualify);
            assertThat(find(Anchor.class)).anyMatch(a -> a.getHref().equals("parties/" + company));
            assertThat(KERNEL.queryAsSuperuser("select name from parties where id = ?::uuid", company)).isEqualTo("Kyle Imports");

            navigate("leads/lead/" + drop);
            button("lead-disqualify").click();
            MockVaadin.clientRoundtrip();
            Dialog dialog = find(Dialog.class).stream().filter(Dialog::isOpened).findFirst().orElseThrow();
            button("confirm-disqualify").click();
            TextArea reason = byId(TextArea.class, "disqualify-reason").orElseThrow();
            assertThat(reason.isInvalid()).isTrue();
            assertThat(status(drop)).as("nothing changes without a reason").isEqualTo("new");
            reason.setValue("Competitor");
            button("confirm-disqualify").click();
            assertThat(dialog.isOpened()).isFalse();
            assertThat(status(drop)).isEqualTo("disqualified");
            assertThat(KERNEL.queryAsSuperuser("select disqualify_reason from leads where id = ?::uuid", drop))
                    .isEqualTo("Competitor");
            assertThat(texts()).contains("Disqualified · Competitor");
            assertThat(button("lead-convert").isEnabled()).isFalse();
        });
    }

    @Test
    void convertingALeadWhoseEmailBelongsToSomeoneOfAnotherNameAsksFirst() {
        String bruce = created(api.post("/api/v1/parties", "{\"kind\":\"person\",\"name\":\"Bruce Wayne\","
                + "\"email\":\"bw@wayne.test\"}"));
        String lead = created(api.post("/api/v1/leads", lead("B. Wayne", "bw@wayne.test", null, "web")));
        VIEWS.as(acme, () -> {
            navigate("leads/lead/" + lead);
            button("lead-convert").click();
            MockVaadin.clientRoundtrip();
            Dialog dialog = find(Dialog.class).stream().filter(Dialog::isOpened).findFirst().orElseThrow();
            assertThat(textsUnder(dialog)).anyMatch(t -> t.contains("bw@wayne.test belongs to Bruce Wayne")
                    && t.contains("(B. Wayne)"));
            assertThat(status(lead)).as("nothing happens before the user answers").isEqualTo("new");

            button("confirm-link").click();
            assertThat(dialog.isOpened()).isFalse();
            assertThat(status(lead)).isEqualTo("converted");
            assertThat(KERNEL.queryAsSuperuser("select person_id::text from leads where id = ?::uuid", lead)).isEqualTo(bruce);
            assertThat(textsUnder(byId(Div.class, "lead-result").orElseThrow())).contains("Linked to the existing person.");
        });
    }

    @Test
    void anotherTenantsLeadIsNotFound() {
        VIEWS.as(acme, () -> {
            navigate("leads/lead/" + globexLead);
            assertThat(texts()).contains("Lead not found").doesNotContain("Bruce Banner");
        });
    }

    @Test
    void searchFindsTheTenantsLeadsAndNeverAnotherTenants() {
        VIEWS.as(acme, () -> {
            navigate("search?q=Bruce");
            assertThat(texts()).contains("Bruce Wayne").doesNotContain("Bruce Banner");
        });
        VIEWS.as(globex, () -> {
            navigate("search?q=Bruce");
            assertThat(texts()).contains("Bruce Banner").doesNotContain("Bruce Wayne");
        });
    }

    @Test
    void thePartyPageListsTheCompanysLeadsOfThisTenantOnly() {
        VIEWS.as(acme, () -> {
            navigate("parties/" + acmeParty);
            assertThat(texts()).contains("Bruce Wayne").doesNotContain("Bruce Banner");
        });
    }
}
