package io.tessera.plugins.pipeline;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What the opportunity form edits; the same rules as the API's request. */
public class OpportunityDraft {

    @NotBlank
    @Size(max = 200)
    private String name = "";

    @NotBlank
    private String company = "";

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    private BigDecimal amount;

    @NotNull
    @Pattern(regexp = "[A-Z]{3}")
    private String currency = "EUR";

    @NotNull
    private LocalDate expectedCloseDate;

    @Size(max = 500)
    private String nextStep = "";

    private UUID partyId;
    private Long version;

    /** An empty draft. */
    public OpportunityDraft() {
    }

    static OpportunityDraft of(PipelineViews.OpportunityView o, String company) {
        OpportunityDraft d = new OpportunityDraft();
        d.name = o.name();
        d.company = company;
        d.partyId = o.partyId();
        d.amount = o.amount();
        d.currency = o.currency();
        d.expectedCloseDate = o.expectedCloseDate();
        d.nextStep = o.nextStep() == null ? "" : o.nextStep();
        d.version = o.version();
        return d;
    }

    PipelineRequests.OpportunityRequest toRequest(UUID resolvedParty) {
        return new PipelineRequests.OpportunityRequest(name, resolvedParty, amount, currency, expectedCloseDate, nextStep,
                null, null, null, version);
    }

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @param name the name */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the company's name */
    public String getCompany() {
        return company;
    }

    /** @param company the company's name */
    public void setCompany(String company) {
        this.company = company;
    }

    /** @return the amount */
    public BigDecimal getAmount() {
        return amount;
    }

    /** @param amount the amount */
    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    /** @return the ISO currency */
    public String getCurrency() {
        return currency;
    }

    /** @param currency the ISO currency */
    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** @return the expected close date */
    public LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    /** @param expectedCloseDate the expected close date */
    public void setExpectedCloseDate(LocalDate expectedCloseDate) {
        this.expectedCloseDate = expectedCloseDate;
    }

    /** @return the next step */
    public String getNextStep() {
        return nextStep;
    }

    /** @param nextStep the next step */
    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    UUID getPartyId() {
        return partyId;
    }

    void setPartyId(UUID partyId) {
        this.partyId = partyId;
    }
}
