package io.tessera.plugins.pipeline;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.tessera.sdk.MemberSummary;
import io.tessera.sdk.party.PartySummary;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the opportunity form edits; the same rules as the API's request. */
public class OpportunityDraft {

    @NotBlank
    @Size(max = 200)
    private String name = "";

    @NotNull
    private PartySummary company;

    private MemberSummary owner;

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

    private Long version;

    /** An empty draft. */
    public OpportunityDraft() {
    }

    static OpportunityDraft of(PipelineViews.OpportunityView o, PartySummary company, MemberSummary owner) {
        OpportunityDraft d = new OpportunityDraft();
        d.name = o.name();
        d.company = company;
        d.owner = owner;
        d.amount = shown(o.amount(), o.currency());
        d.currency = o.currency();
        d.expectedCloseDate = o.expectedCloseDate();
        d.nextStep = o.nextStep() == null ? "" : o.nextStep();
        d.version = o.version();
        return d;
    }

    /**
     * The amount as the form shows it: with the currency's digits ({@code 400.00}, not the column's {@code 400.0000})
     * unless that would drop digits the deal has.
     */
    static BigDecimal shown(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        // a stored deal's currency passed the API's ISO 4217 check, so it has default digits
        int digits = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= digits ? stripped.setScale(digits) : stripped;
    }

    PipelineRequests.OpportunityRequest toRequest() {
        return new PipelineRequests.OpportunityRequest(name, company == null ? null : company.id(), amount, currency,
                expectedCloseDate, nextStep, owner == null ? null : owner.userId(), null, null, version);
    }

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @param name the name */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the company, picked from the party master */
    public PartySummary getCompany() {
        return company;
    }

    /** @param company the company */
    public void setCompany(PartySummary company) {
        this.company = company;
    }

    /** @return the owner, a member of the tenant */
    public MemberSummary getOwner() {
        return owner;
    }

    /** @param owner the owner */
    public void setOwner(MemberSummary owner) {
        this.owner = owner;
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
}
