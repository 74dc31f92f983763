package io.tessera.plugins.pipeline;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.pipeline.OpportunityService.Filter;
import io.tessera.plugins.pipeline.PipelineViews.OpportunityView;
import java.util.List;
import java.util.UUID;

/** The customer-360 panel: the party's open opportunities (newest 10), each linking to its detail. */
class PartyOpportunities extends VerticalLayout {

    static final int SHOWN = 10;

    PartyOpportunities(OpportunityService opportunities, UUID partyId) {
        setPadding(false);
        Filter filter = new Filter(null, null, partyId, OpportunityStatus.OPEN);
        List<OpportunityView> open = opportunities.slice(filter, null, 0, SHOWN);
        if (open.isEmpty()) {
            add(new Span(getTranslation("pipeline.panel.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("pipeline-party-opportunities");
            for (OpportunityView o : open) {
                list.add(new ListItem(new Anchor(PipelineUi.DETAIL + "/" + o.id(), o.name()),
                        new Span(" · " + o.stage().name() + " · " + Formats.money(o.amount(), o.currency()))));
            }
            add(list);
            long total = opportunities.count(filter, null);
            if (total > SHOWN) {
                add(new Span(getTranslation("pipeline.panel.more", total - SHOWN)));
            }
        }
        add(new Anchor(PipelineUi.DETAIL + "/new?party=" + partyId, getTranslation("pipeline.board.new")));
    }
}
