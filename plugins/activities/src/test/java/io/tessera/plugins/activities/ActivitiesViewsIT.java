package io.tessera.plugins.activities;

import static io.tessera.plugins.activities.ActivitiesIT.activity;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.byId;
import static io.tessera.testsupport.browserless.KernelViews.find;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.labelled;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static io.tessera.testsupport.browserless.KernelViews.textsUnder;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.kit.grid.EntityGrid;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The activities views without a browser (Vaadin browserless-test), created by the running kernel's Spring context
 * on PostgreSQL with the plugin's real jar: "My activities" (overdue state, mark done, show done, CSV export) and
 * the customer-360 timeline with its quick log form, each checked in the database and never showing another
 * tenant's activities.
 */
class ActivitiesViewsIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .property("tessera.activities.reminder-interval", "200ms").build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static KernelViews.Member acme;
    static String acmeParty;
    static String globexParty;
    static String task;
    static ApiClient acmeApi;

    @BeforeAll
    static void tenants() {
        ApiClient api = KERNEL.provisionTenant("av-acme", ActivitiesIT.PASSWORD);
        acmeApi = api;
        enable(api, "activities");
        ApiClient globexApi = KERNEL.provisionTenant("av-globex", ActivitiesIT.PASSWORD);
        enable(globexApi, "activities");
        acme = VIEWS.admin("av-acme");
        acmeParty = company(api, "Wayne Enterprises");
        globexParty = company(globexApi, "Initech");
        task = created(api.post("/api/v1/activities", activity("task", "Send the offer", acmeParty,
                Instant.now().minus(Duration.ofDays(1)))));
        created(api.post("/api/v1/activities", activity("call", "Plan the demo", acmeParty,
                Instant.now().plus(Duration.ofDays(3)))));
        created(globexApi.post("/api/v1/activities", activity("task", "Initech's own task", globexParty,
                Instant.now().minus(Duration.ofDays(1)))));
    }

    @Test
    void myActivitiesShowsTheOverdueTaskMarksItDoneAndExportsTheList() {
        VIEWS.as(acme, () -> {
            navigate("activities/mine");
            EntityGrid<?> grid = byId(EntityGrid.class, "my-activities").orElseThrow();
            assertThat(items(grid.getGrid())).extracting(Object::toString)
                    .anyMatch(a -> a.contains("subject=Send the offer") && a.contains("overdue=true"))
                    .anyMatch(a -> a.contains("subject=Plan the demo") && a.contains("overdue=false"))
                    .noneMatch(a -> a.contains("Initech"));

            String[] lines = new String(grid.csv(), StandardCharsets.UTF_8).split("\r\n");
            assertThat(lines[0]).isEqualTo("Type,Subject,Due");
            assertThat(lines).as("a line per open activity of the user").hasSize(1 + items(grid.getGrid()).size())
                    .anyMatch(line -> line.startsWith("Task,Send the offer,")).noneMatch(line -> line.contains("Initech"));
            assertThat(byId(Anchor.class, "my-activities-csv")).isPresent();

            markDone("Send the offer").click();
            assertThat(KERNEL.queryAsSuperuser("select done::text from activities where id = ?::uuid", task)).isEqualTo("true");
            assertThat(items(grid.getGrid())).extracting(Object::toString).as("open ones only")
                    .noneMatch(a -> a.contains("subject=Send the offer"));

            labelled(Checkbox.class, "Show done").setValue(true);
            assertThat(items(grid.getGrid())).extracting(Object::toString)
                    .anyMatch(a -> a.contains("subject=Send the offer") && a.contains("done=true"));
        });
    }

    /** The row action of a grid's component column, rendered for the row by the test (as the browser would). */
    static Button markDone(String subject) {
        EntityGrid<?> grid = byId(EntityGrid.class, "my-activities").orElseThrow();
        Object row = items(grid.getGrid()).stream().filter(a -> a.toString().contains("subject=" + subject)).findFirst()
                .orElseThrow();
        return rendered(grid, row);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Button rendered(EntityGrid grid, Object row) {
        var columns = grid.getGrid().getColumns();
        var renderer = ((com.vaadin.flow.component.grid.Grid.Column) columns.getLast()).getRenderer();
        return (Button) ((com.vaadin.flow.data.renderer.ComponentRenderer) renderer).createComponent(row);
    }

    @Test
    void theTimelineLogsACallAndAnEmptySubjectIsRefused() {
        VIEWS.as(acme, () -> {
            navigate("parties/" + acmeParty);
            Div timeline = byId(Div.class, "party-timeline").orElseThrow();
            assertThat(textsUnder(timeline)).anyMatch(t -> t.contains("Plan the demo"));
            long before = KERNEL.countAsSuperuser("select count(*) from activities where party_id = ?::uuid", acmeParty);

            TextField subject = byId(TextField.class, "activity-subject").orElseThrow();
            button("log-activity").click();
            assertThat(subject.isInvalid()).isTrue();
            assertThat(subject.getErrorMessage()).isEqualTo("Enter a subject");
            assertThat(KERNEL.countAsSuperuser("select count(*) from activities where party_id = ?::uuid", acmeParty))
                    .isEqualTo(before);

            subject.setValue("Called about the renewal");
            button("log-activity").click();
            assertThat(subject.isInvalid()).isFalse();
            assertThat(KERNEL.queryAsSuperuser("select type from activities where party_id = ?::uuid and subject = ?",
                    acmeParty, "Called about the renewal")).isEqualToIgnoringCase("call");
            assertThat(textsUnder(byId(Div.class, "party-timeline").orElseThrow()))
                    .anyMatch(t -> t.contains("Called about the renewal"));
        });
    }

    @Test
    void aReminderReadsInTheUsersLanguageWithTheDueTimeFormatted() throws Exception {
        Instant due = Instant.parse("2026-03-05T14:30:00Z");
        created(acmeApi.post("/api/v1/activities", activity("call", "Call back about the renewal", acmeParty, due)
                .replace("}", ",\"remindAt\":\"" + Instant.now().minusSeconds(5) + "\"}")));
        ActivitiesIT.awaitNotifications(acmeApi, 1);
        VIEWS.as(acme, () -> {
            navigate("activities/notifications");
            EntityGrid<?> grid = byId(EntityGrid.class, "notifications").orElseThrow();
            String[] lines = new String(grid.csv(), StandardCharsets.UTF_8).split("\r\n");
            assertThat(lines).hasSize(2);
            assertThat(lines[1]).contains("Reminder: Call “Call back about the renewal” is due Mar 5, 2026")
                    .doesNotContain("2026-03-05T").doesNotContain("call \"");
        });
    }

    @Test
    void anotherTenantsPartyShowsNoTimeline() {
        VIEWS.as(acme, () -> {
            navigate("parties/" + globexParty);
            assertThat(find(Div.class)).noneMatch(d -> d.getId().filter("party-timeline"::equals).isPresent());
            assertThat(texts()).doesNotContain("Initech's own task");
        });
    }
}
