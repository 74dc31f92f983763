package io.tessera.plugins.activities;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.ui.kit.DashboardWidget;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import io.tessera.ui.kit.PartyPanel;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.RecordPanel;
import java.util.List;
import java.util.Optional;

/**
 * The activities module's contribution to the shell: "My activities" (open tasks and other activities
 * of the signed-in user, due and overdue, mark done), the notifications list, a dashboard badge of
 * unread notifications, and the customer-360 timeline of a party with a quick "log" form.
 */
public class ActivitiesUi implements ModuleUi {

    static final String MINE = "activities/mine";
    static final String NOTIFICATIONS = "activities/notifications";

    private final ActivityService activities;
    private final NotificationService notifications;
    private final io.tessera.sdk.CurrentUser user;
    private final Parties parties;
    private final Optional<OpportunityParties> opportunities;

    ActivitiesUi(ActivityService activities, NotificationService notifications, io.tessera.sdk.CurrentUser user,
                 Parties parties, Optional<OpportunityParties> opportunities) {
        this.parties = parties;
        this.opportunities = opportunities;
        this.activities = activities;
        this.notifications = notifications;
        this.user = user;
    }

    @Override
    public String moduleId() {
        return "activities";
    }

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(MINE, MyActivitiesView.class, "activities.nav.mine", VaadinIcon.TASKS, NavGroup.CRM,
                        ActivitiesModule.READ),
                new NavItem(NOTIFICATIONS, NotificationsView.class, "activities.nav.notifications", VaadinIcon.BELL,
                        NavGroup.CRM, ActivitiesModule.READ));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("activities.widget.title", ActivitiesModule.READ, () -> {
            Span badge = new Span();
            badge.getElement().getThemeList().add("badge");
            badge.setId("activities-unread");
            long unread = notifications.countMine(true);
            badge.setText(badge.getTranslation("activities.widget.unread", unread));
            return badge;
        }));
    }

    @Override
    public List<PartyPanel> partyPanels() {
        return List.of(new PartyPanel("activities.panel.title", ActivitiesModule.READ,
                partyId -> new PartyTimeline(activities, parties, partyId, user.hasPermission(ActivitiesModule.WRITE)), 10));
    }

    /** Where pipeline is installed: an opportunity's linked activities, with a quick form that links new ones to it. */
    @Override
    public List<RecordPanel> recordPanels() {
        return opportunities.map(o -> List.of(new RecordPanel(RecordPanel.OPPORTUNITY, "activities.opportunity.title",
                ActivitiesModule.READ, id -> new PartyTimeline(activities, parties,
                o.partyOf(id).orElseThrow(() -> ApiProblem.notFound("Opportunity", id)), "pipeline", id,
                user.hasPermission(ActivitiesModule.WRITE)), 20))).orElse(List.of());
    }
}
