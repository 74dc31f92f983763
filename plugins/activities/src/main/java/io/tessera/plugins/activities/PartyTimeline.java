package io.tessera.plugins.activities;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.plugins.activities.ActivityService.Filter;
import io.tessera.plugins.activities.ActivityViews.ActivityView;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * The customer-360 panel: a quick form to log a call, note or task with the party, and the party's
 * communication history, newest first (the latest {@value #SHOWN}).
 */
class PartyTimeline extends VerticalLayout {

    static final int SHOWN = 20;

    private final ActivityService activities;
    private final Parties parties;
    private final UUID partyId;
    private final String moduleId;
    private final UUID recordId;
    private final Filter filter;
    private final Div timeline = new Div();

    /** A party's history; a company's includes the activities of its people, each with the person's name. */
    PartyTimeline(ActivityService activities, Parties parties, UUID partyId, boolean canWrite) {
        this(activities, parties, partyId, null, null, canWrite);
    }

    /**
     * A module record's activities (e.g. an opportunity's); logged ones are linked to the record and its party.
     *
     * @param partyId the record's party
     */
    PartyTimeline(ActivityService activities, Parties parties, UUID partyId, String moduleId, UUID recordId,
                  boolean canWrite) {
        this.activities = activities;
        this.parties = parties;
        this.partyId = partyId;
        this.moduleId = moduleId;
        this.recordId = recordId;
        this.filter = recordId == null ? new Filter(partyId, null, null, null, null, null, true)
                : new Filter(null, moduleId, recordId, null, null, null);
        setPadding(false);
        Select<String> type = new Select<>();
        type.setLabel(getTranslation("activities.field.type"));
        type.setItems("call", "note", "task");
        type.setItemLabelGenerator(t -> getTranslation("activities.type." + t));
        type.setValue("call");
        TextField subject = new TextField(getTranslation("activities.field.subject"));
        subject.setId("activity-subject");
        subject.setMaxLength(300);
        DateTimePicker due = new DateTimePicker(getTranslation("activities.field.due"));
        Button log = new Button(getTranslation("activities.action.log"), e -> {
            if (subject.getValue().isBlank()) {
                subject.setInvalid(true);
                subject.setErrorMessage(getTranslation("activities.validation.subject"));
                return;
            }
            try {
                activities.create(new ActivityRequest(type.getValue(), subject.getValue().strip(), null, partyId, moduleId,
                        recordId, null, due.getValue() == null ? null
                                : due.getValue().atZone(TenantFormat.current().zone()).toInstant(), null, null));
                Notifications.success(getTranslation("activities.action.logged", subject.getValue().strip()));
                subject.clear();
                subject.setInvalid(false);
                due.clear();
                refresh();
            } catch (RuntimeException ex) {
                Notifications.error(ex);
            }
        });
        log.setId("log-activity");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(type, subject, due, log);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(canWrite);
        timeline.setId(recordId == null ? "party-timeline" : "record-timeline");
        add(form, timeline);
        refresh();
    }

    private void refresh() {
        timeline.removeAll();
        List<ActivityView> items = activities.slice(filter, 0, SHOWN);
        if (items.isEmpty()) {
            timeline.add(new Span(getTranslation("activities.panel.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        // the other parties' names (a company's people, or the record's party) in one lookup
        Map<UUID, PartySummary> others = parties.findAll(items.stream().map(ActivityView::partyId)
                .filter(id -> !id.equals(partyId) || recordId != null).collect(Collectors.toSet()));
        for (ActivityView a : items) {
            Span when = new Span(Times.format(a.dueAt() != null ? a.dueAt() : a.occurredAt()) + " · ");
            Span kind = new Span(getTranslation("activities.type." + a.type()) + ": ");
            Span text = new Span(a.subject());
            PartySummary other = others.get(a.partyId());
            Span who = new Span(other == null ? "" : " · " + other.name());
            who.addClassName("activity-party");
            Span state = new Span(a.done() ? " ✓" : a.overdue() ? " · " + getTranslation("activities.state.overdue") : "");
            list.add(new ListItem(when, kind, text, who, state));
        }
        timeline.add(list);
        long total = activities.count(filter);
        if (total > SHOWN) {
            timeline.add(new Span(getTranslation("activities.panel.more", total - SHOWN)));
        }
    }
}
