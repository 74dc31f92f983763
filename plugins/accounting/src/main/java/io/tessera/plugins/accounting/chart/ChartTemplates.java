package io.tessera.plugins.accounting.chart;

import static io.tessera.plugins.accounting.chart.AccountType.ASSET;
import static io.tessera.plugins.accounting.chart.AccountType.EQUITY;
import static io.tessera.plugins.accounting.chart.AccountType.EXPENSE;
import static io.tessera.plugins.accounting.chart.AccountType.INCOME;
import static io.tessera.plugins.accounting.chart.AccountType.LIABILITY;

import java.util.List;
import java.util.Optional;

/** The built-in chart templates: a generic IFRS-style chart and a US small-business chart. */
final class ChartTemplates {

    static final String DEFAULT = "ifrs";

    static final ChartTemplate IFRS = new ChartTemplate("ifrs", "Generic IFRS-style chart", "EUR", List.of(
            e("1", "Assets", ASSET, null, null),
            e("10", "Non-current assets", ASSET, "1", null),
            e("1000", "Property, plant and equipment", ASSET, "10", null),
            e("1090", "Accumulated depreciation", ASSET, "10", null),
            e("1100", "Intangible assets", ASSET, "10", null),
            e("11", "Current assets", ASSET, "1", null),
            e("1200", "Inventories", ASSET, "11", AccountRole.INVENTORY),
            e("1300", "Trade receivables", ASSET, "11", AccountRole.RECEIVABLE),
            e("1250", "Work in progress", ASSET, "11", AccountRole.WORK_IN_PROGRESS),
            e("1350", "Input VAT recoverable", ASSET, "11", AccountRole.TAX_RECEIVABLE),
            e("1400", "Prepayments", ASSET, "11", null),
            e("1500", "Cash and cash equivalents", ASSET, "11", AccountRole.BANK),
            e("2", "Equity", EQUITY, null, null),
            e("2000", "Share capital", EQUITY, "2", null),
            e("2100", "Retained earnings", EQUITY, "2", AccountRole.RETAINED_EARNINGS),
            e("3", "Liabilities", LIABILITY, null, null),
            e("3000", "Borrowings", LIABILITY, "3", null),
            e("3100", "Trade payables", LIABILITY, "3", AccountRole.PAYABLE),
            e("3150", "Goods received not invoiced", LIABILITY, "3", AccountRole.STOCK_RECEIVED_NOT_BILLED),
            e("3200", "Output VAT payable", LIABILITY, "3", AccountRole.TAX_PAYABLE),
            e("3300", "Accrued liabilities", LIABILITY, "3", null),
            e("3400", "Employee benefits payable", LIABILITY, "3", null),
            e("4", "Revenue", INCOME, null, null),
            e("4000", "Revenue from contracts with customers", INCOME, "4", AccountRole.SALES),
            e("4100", "Other income", INCOME, "4", null),
            e("4200", "Finance income", INCOME, "4", null),
            e("4250", "Foreign exchange gains", INCOME, "4", AccountRole.FX_GAIN),
            e("5", "Expenses", EXPENSE, null, null),
            e("5000", "Cost of sales", EXPENSE, "5", AccountRole.PURCHASES),
            e("5010", "Cost of goods sold", EXPENSE, "5", AccountRole.COST_OF_GOODS_SOLD),
            e("5020", "Inventory adjustments", EXPENSE, "5", AccountRole.INVENTORY_ADJUSTMENT),
            e("5030", "Purchase price differences", EXPENSE, "5", AccountRole.PRICE_DIFFERENCE),
            e("5040", "Production variances", EXPENSE, "5", AccountRole.PRODUCTION_VARIANCE),
            e("5050", "Production costs absorbed", EXPENSE, "5", AccountRole.PRODUCTION_ABSORBED),
            e("5100", "Employee benefits expense", EXPENSE, "5", null),
            e("5200", "Depreciation and amortisation", EXPENSE, "5", null),
            e("5300", "Other operating expenses", EXPENSE, "5", null),
            e("5400", "Finance costs", EXPENSE, "5", null),
            e("5450", "Foreign exchange losses", EXPENSE, "5", AccountRole.FX_LOSS),
            e("5900", "Currency rounding differences", EXPENSE, "5", AccountRole.ROUNDING)));

    static final ChartTemplate US_SMALL_BUSINESS = new ChartTemplate("us-small-business", "US small business", "USD", List.of(
            e("1000", "Checking account", ASSET, null, AccountRole.BANK),
            e("1010", "Savings account", ASSET, null, null),
            e("1100", "Accounts receivable", ASSET, null, AccountRole.RECEIVABLE),
            e("1200", "Inventory", ASSET, null, AccountRole.INVENTORY),
            e("1210", "Work in progress", ASSET, null, AccountRole.WORK_IN_PROGRESS),
            e("1300", "Prepaid expenses", ASSET, null, null),
            e("1400", "Sales tax receivable", ASSET, null, AccountRole.TAX_RECEIVABLE),
            e("1500", "Equipment", ASSET, null, null),
            e("1510", "Accumulated depreciation", ASSET, "1500", null),
            e("2000", "Accounts payable", LIABILITY, null, AccountRole.PAYABLE),
            e("2050", "Goods received not billed", LIABILITY, null, AccountRole.STOCK_RECEIVED_NOT_BILLED),
            e("2100", "Credit card payable", LIABILITY, null, null),
            e("2200", "Sales tax payable", LIABILITY, null, AccountRole.TAX_PAYABLE),
            e("2300", "Payroll liabilities", LIABILITY, null, null),
            e("2700", "Loans payable", LIABILITY, null, null),
            e("3000", "Owner's equity", EQUITY, null, null),
            e("3100", "Owner's draw", EQUITY, "3000", null),
            e("3900", "Retained earnings", EQUITY, null, AccountRole.RETAINED_EARNINGS),
            e("4000", "Sales", INCOME, null, AccountRole.SALES),
            e("4100", "Service revenue", INCOME, null, null),
            e("4900", "Other income", INCOME, null, null),
            e("4910", "Foreign exchange gain", INCOME, null, AccountRole.FX_GAIN),
            e("5000", "Cost of goods sold", EXPENSE, null, AccountRole.PURCHASES),
            e("5050", "Cost of inventory sold", EXPENSE, null, AccountRole.COST_OF_GOODS_SOLD),
            e("5060", "Inventory adjustments", EXPENSE, null, AccountRole.INVENTORY_ADJUSTMENT),
            e("5070", "Purchase price variance", EXPENSE, null, AccountRole.PRICE_DIFFERENCE),
            e("5080", "Production variance", EXPENSE, null, AccountRole.PRODUCTION_VARIANCE),
            e("5090", "Production costs absorbed", EXPENSE, null, AccountRole.PRODUCTION_ABSORBED),
            e("6000", "Advertising", EXPENSE, null, null),
            e("6100", "Bank fees", EXPENSE, null, null),
            e("6200", "Insurance", EXPENSE, null, null),
            e("6300", "Office supplies", EXPENSE, null, null),
            e("6400", "Rent", EXPENSE, null, null),
            e("6500", "Utilities", EXPENSE, null, null),
            e("6600", "Wages", EXPENSE, null, null),
            e("6700", "Professional fees", EXPENSE, null, null),
            e("6800", "Depreciation", EXPENSE, null, null),
            e("6910", "Foreign exchange loss", EXPENSE, null, AccountRole.FX_LOSS),
            e("6900", "Rounding differences", EXPENSE, null, AccountRole.ROUNDING)));

    static final List<ChartTemplate> ALL = List.of(IFRS, US_SMALL_BUSINESS);

    private ChartTemplates() {
    }

    static Optional<ChartTemplate> find(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static ChartTemplate.Entry e(String code, String name, AccountType type, String parent, AccountRole role) {
        return new ChartTemplate.Entry(code, name, type, parent, role);
    }
}
