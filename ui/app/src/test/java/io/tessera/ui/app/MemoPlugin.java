package io.tessera.ui.app;

import io.tessera.testkit.PluginJar;

/** A small real plugin with one view contributed through the UI kit, compiled at test time. */
public final class MemoPlugin {

    static final String ID = "memo";
    static final String ROUTE = "memo/board";

    private MemoPlugin() {
    }

    public static PluginJar jar() {
        String pkg = "io.tessera.plugins.memo";
        return PluginJar.plugin(ID)
                .version("1.0.0")
                .requires(">=0.1.0")
                .source(pkg + ".MemoModule", """
                        package io.tessera.plugins.memo;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class MemoModule implements TesseraModule {
                            public String name() { return "Memo board"; }
                            public ModuleCategory category() { return ModuleCategory.CRM; }
                            public String description() { return "Sticky memos for the team"; }
                            public List<Permission> permissions() { return List.of(new Permission("memo.read", "Read memos", true)); }
                            public List<Class<?>> components() { return List.of(MemoUi.class); }
                        }
                        """)
                .source(pkg + ".MemoUi", """
                        package io.tessera.plugins.memo;

                        import com.vaadin.flow.component.icon.VaadinIcon;
                        import io.tessera.ui.kit.*;
                        import java.util.List;

                        public class MemoUi implements ModuleUi {
                            public String moduleId() { return "memo"; }
                            public List<NavItem> navigation() {
                                return List.of(new NavItem("memo/board", MemoView.class, "memo.nav.board", VaadinIcon.NOTEBOOK,
                                        NavGroup.CRM, "memo.read"));
                            }
                            public List<DashboardWidget> dashboardWidgets() {
                                return List.of(new DashboardWidget("memo.widget", "memo.read",
                                        () -> new com.vaadin.flow.component.html.Span("3 memos")));
                            }
                        }
                        """)
                .source(pkg + ".MemoView", """
                        package io.tessera.plugins.memo;

                        import com.vaadin.flow.component.html.H2;
                        import com.vaadin.flow.component.orderedlayout.VerticalLayout;

                        public class MemoView extends VerticalLayout {
                            public MemoView() {
                                H2 title = new H2(getTranslation("memo.title"));
                                title.setId("memo-title");
                                add(title);
                            }
                        }
                        """)
                .resource("i18n/memo.properties", "memo.nav.board=Memo board\nmemo.title=Team memos\nmemo.widget=Memos\n")
                .resource("i18n/memo_de.properties", "memo.nav.board=Notizbrett\nmemo.title=Team-Notizen\nmemo.widget=Notizen\n")
                .extension(pkg + ".MemoModule")
                .build();
    }
}
