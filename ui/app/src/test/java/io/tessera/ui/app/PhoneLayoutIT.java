package io.tessera.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shell at phone width (390×844) in Debian's Chromium against the kernel on PostgreSQL: the user signs in, the
 * user menu (profile, sign out) is reachable, the contacts list and the party form fit the width (the page never
 * scrolls sideways), and the user signs out. Screenshots: {@code target/screenshots/phone-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneLayoutIT {

    static final String PASSWORD = "correct-horse-battery-9";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().build();

    @RegisterExtension
    static final BrowserPage BROWSER = BrowserPage.of(390, 844);

    static Page page;
    static String base;

    @BeforeAll
    static void start() {
        KERNEL.provisionTenant("phone", PASSWORD);
        base = KERNEL.baseUri().toString().replaceAll("/$", "");
        page = BROWSER.page();
    }

    /** Whether the page is wider than the viewport, i.e. scrolls sideways. */
    private static void assertNoHorizontalOverflow(String where) {
        Object widths = page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        Boolean fits = (Boolean) page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as(where + ": scrollWidth, innerWidth = " + widths).isTrue();
    }

    @Test
    @Order(1)
    void signsInAndReachesTheUserMenu() {
        BROWSER.signIn(KERNEL.baseUri(), "admin@phone.test", PASSWORD);
        page.locator("vaadin-app-layout").waitFor();
        assertNoHorizontalOverflow("dashboard");
        BROWSER.shot("phone-01-dashboard");
        page.locator("#user-menu").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).waitFor();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Profile")).isVisible()).isTrue();
        BROWSER.shot("phone-02-user-menu");
        page.keyboard().press("Escape");
    }

    @Test
    @Order(2)
    void theContactsListFitsTheWidth() {
        page.navigate(base + "/contacts");
        page.locator("#parties-grid").waitFor();
        page.getByText("New company").first().waitFor();
        assertNoHorizontalOverflow("contacts");
        // the filters wrap onto further lines rather than being cut off at the edge
        for (String filter : new String[] {"#parties-kind", "#parties-role", "#parties-status"}) {
            Object right = page.evaluate("s => document.querySelector(s).getBoundingClientRect().right", filter);
            assertThat(((Number) right).doubleValue()).as(filter + " ends inside the viewport").isLessThanOrEqualTo(390);
        }
        BROWSER.shot("phone-03-contacts");
    }

    @Test
    @Order(3)
    void thePartyFormFitsTheWidth() {
        page.navigate(base + "/contacts/edit?kind=company");
        page.locator("#party-form").waitFor();
        page.locator("#addresses-add").click();
        page.locator("#contactPoints-add").click();
        page.getByText("Street and number").first().waitFor();
        assertNoHorizontalOverflow("party form");
        BROWSER.shot("phone-04-party-form");
    }

    @Test
    @Order(4)
    void signsOutFromTheUserMenu() {
        page.navigate(base + "/");
        page.locator("#user-menu").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL("**/login");
        BROWSER.shot("phone-05-signed-out");
        page.navigate(base + "/contacts");
        page.waitForURL("**/login");
    }
}
