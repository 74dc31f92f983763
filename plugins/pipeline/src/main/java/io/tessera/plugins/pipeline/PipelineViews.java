package io.tessera.plugins.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the pipeline API returns. */
final class PipelineViews {

    private PipelineViews() {
    }

    record StageView(UUID id, String name, int position, BigDecimal probability) {
        static StageView of(Stage s) {
            return new StageView(s.getId(), s.getName(), s.getPosition(), s.getProbability());
        }
    }

    record PipelineView(UUID id, String name, boolean isDefault, List<StageView> stages) {
    }

    record OpportunityView(UUID id, String name, UUID partyId, UUID ownerId, BigDecimal amount, String currency,
                           LocalDate expectedCloseDate, String nextStep, UUID pipelineId, StageView stage,
                           String status, BigDecimal probability, String lostReason, Instant closedAt,
                           Instant createdAt, Instant updatedAt, long version) {

        static OpportunityView of(Opportunity o, Stage stage) {
            BigDecimal fixed = o.getStatus().fixedProbability();
            return new OpportunityView(o.getId(), o.getName(), o.getPartyId(), o.getOwnerId(), o.getAmount(),
                    o.getCurrency(), o.getExpectedCloseDate(), o.getNextStep(), o.getPipelineId(), StageView.of(stage),
                    o.getStatus().apiName(), fixed != null ? fixed : stage.getProbability(), o.getLostReason(),
                    o.getClosedAt(), o.getCreatedAt(), o.getUpdatedAt(), o.getVersion() == null ? 0 : o.getVersion());
        }
    }

    record HistoryView(UUID fromStageId, UUID toStageId, String toStageName, String status, Instant changedAt,
                       UUID changedBy) {
    }

    record ForecastMonth(String month, BigDecimal weighted, BigDecimal total, long count) {
    }

    record ForecastOwner(UUID ownerId, BigDecimal weighted, BigDecimal total, long count) {
    }

    record Forecast(String from, String to, String currency, List<ForecastMonth> months, List<ForecastOwner> owners) {
    }
}
