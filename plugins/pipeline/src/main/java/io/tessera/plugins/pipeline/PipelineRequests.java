package io.tessera.plugins.pipeline;

import io.tessera.sdk.money.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What clients send to the pipeline API. */
final class PipelineRequests {

    private PipelineRequests() {
    }

    record NewStage(@NotBlank @Size(max = 100) String name,
                    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal probability) {
    }

    record NewPipeline(@NotBlank @Size(max = 100) String name,
                       @NotEmpty @Size(max = 30) List<@NotNull @Valid NewStage> stages) {
    }

    /**
     * Create (POST) or full replace (PUT). On PUT, {@code pipelineId} and {@code stageId} must be omitted or the current
     * ones (a move goes through {@code POST …/stage}); an omitted {@code nextStep} is cleared, an omitted {@code ownerId}
     * keeps the owner.
     */
    record OpportunityRequest(@NotBlank @Size(max = 200) String name,
                              @NotNull UUID partyId,
                              @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
                              @NotNull @CurrencyCode String currency,
                              @NotNull LocalDate expectedCloseDate,
                              @Size(max = 500) String nextStep,
                              UUID ownerId,
                              UUID pipelineId,
                              UUID stageId,
                              Long version) {
    }

    record StageMove(@NotNull UUID stageId) {
    }

    /** A new order of all of a pipeline's stages, first to last. */
    record StageOrder(@NotEmpty @Size(max = 30) List<@NotNull UUID> stageIds) {
    }

    /** Reopen a won or lost opportunity into one of its pipeline's stages. */
    record Reopen(@NotNull UUID stageId) {
    }

    record LostRequest(@NotBlank @Size(max = 500) String reason) {
    }
}
