package io.tessera.plugins.purchasing.common;

/** The module's permission names. */
public final class PurchasingPermissions {

    /** See purchase orders, receipts and bills. */
    public static final String READ = "purchasing.read";
    /** Create, confirm, receive, bill and cancel purchase orders. */
    public static final String WRITE = "purchasing.write";
    /** Change the price tolerance and bill policies. */
    public static final String MANAGE = "purchasing.manage";
    /** Release a bill held by the three-way match. */
    public static final String RELEASE = "purchasing.release-bills";

    private PurchasingPermissions() {
    }
}
