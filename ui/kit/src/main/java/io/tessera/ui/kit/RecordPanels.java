package io.tessera.ui.kit;

import java.util.List;

/**
 * The record panels the current user may see — of modules enabled for the tenant, whose permission the user holds —
 * for a page to show. The shell provides it as a bean; a record page takes it in its constructor and shows
 * {@code ContributionBoard.ofRecordPanels(panels.visible(type), id, this::getTranslation)}.
 */
public interface RecordPanels {

    /**
     * The panels for a record type the current user may see.
     *
     * @param recordType e.g. {@link RecordPanel#OPPORTUNITY}
     * @return the panels, ordered by {@link RecordPanel#order()}
     */
    List<RecordPanel> visible(String recordType);
}
