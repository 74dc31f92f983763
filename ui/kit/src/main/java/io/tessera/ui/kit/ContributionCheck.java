package io.tessera.ui.kit;

import io.tessera.ui.kit.i18n.BundleCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a {@link ModuleUi} against the conventions the shell relies on: every route starts with the
 * module id, every message key and permission key with {@code <moduleId>.}, no route twice, no view
 * carrying its own {@code @Route}, and every message key present in the module's English and German
 * bundles. Plugin authors call it from a unit test; the shell calls it at startup and refuses a
 * module UI with problems.
 *
 * <pre>{@code
 * assertThat(ContributionCheck.problems(new PipelineUi(null))).isEmpty();
 * }</pre>
 */
public final class ContributionCheck {

    private ContributionCheck() {
    }

    /**
     * Every problem of a module UI.
     *
     * @param ui the module UI (its factories are not called)
     * @return one readable line per problem; empty when the UI follows the conventions
     */
    public static List<String> problems(ModuleUi ui) {
        String id = ui.moduleId();
        String prefix = id + ".";
        List<String> problems = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Set<String> routes = new HashSet<>();
        for (NavItem item : ui.navigation()) {
            if (!item.moduleSegment().equals(id)) {
                problems.add("route '" + item.route() + "' does not start with the module id '" + id + "'");
            }
            if (!routes.add(item.route())) {
                problems.add("route '" + item.route() + "' is declared twice");
            }
            if (item.view().isAnnotationPresent(com.vaadin.flow.router.Route.class)) {
                problems.add("view " + item.view().getName() + " carries @Route; the shell registers it at '"
                        + item.route() + "'");
            }
            keys.add(item.labelKey());
            requirePrefix(item.permission(), prefix, "permission", problems);
        }
        for (DashboardWidget widget : ui.dashboardWidgets()) {
            keys.add(widget.titleKey());
            requirePrefix(widget.permission(), prefix, "permission", problems);
        }
        for (PartyPanel panel : ui.partyPanels()) {
            keys.add(panel.titleKey());
            requirePrefix(panel.permission(), prefix, "permission", problems);
        }
        for (RecordPanel panel : ui.recordPanels()) {
            keys.add(panel.titleKey());
            requirePrefix(panel.permission(), prefix, "permission", problems);
        }
        for (SearchProvider provider : ui.searchProviders()) {
            requirePrefix(provider.permission(), prefix, "permission", problems);
        }
        keys.forEach(key -> requirePrefix(key, prefix, "message key", problems));
        try {
            ClassLoader loader = ui.getClass().getClassLoader();
            Set<String> defined = BundleCheck.keys(ui.messageBundle(), loader);
            keys.stream().filter(key -> !defined.contains(key))
                    .forEach(key -> problems.add("message key '" + key + "' is not in " + ui.messageBundle()));
            problems.addAll(BundleCheck.problems(ui.messageBundle(), loader, Locale.GERMAN));
        } catch (IllegalArgumentException missingBundle) {
            problems.add(missingBundle.getMessage());
        }
        return problems;
    }

    private static void requirePrefix(String key, String prefix, String what, List<String> problems) {
        if (!key.startsWith(prefix)) {
            problems.add(what + " '" + key + "' does not start with '" + prefix + "'");
        }
    }
}
