package io.tessera.plugins.accounting;

import io.tessera.testkit.PluginJar;

/**
 * A real plugin that posts through accounting's published {@code Postings}, as inventory does: it finds the service
 * with the SDK's {@code ModuleServices} (accounting is an optional dependency, so the lookup is empty where the tenant
 * has not enabled it) and answers what it got over REST. It compiles against the accounting plugin jar of this build;
 * at run time they come from the real accounting plugin jar through its PF4J dependency.
 */
final class PosterPlugin {

    private PosterPlugin() {
    }

    static PluginJar jar() {
        String pkg = "io.tessera.plugins.accposter";
        return PluginJar.plugin("acc-poster")
                .dependencies("accounting?")
                .compileAgainst(java.nio.file.Path.of(System.getProperty("tessera.plugin.jar")))
                .source(pkg + ".PosterModule", """
                        package io.tessera.plugins.accposter;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class PosterModule implements TesseraModule {
                            public String name() { return "Accounting poster"; }
                            public ModuleCategory category() { return ModuleCategory.PLATFORM; }
                            public List<Permission> permissions() { return List.of(new Permission("acc-poster.use", "Post", true)); }
                            public List<Class<?>> components() { return List.of(PosterController.class); }
                        }
                        """)
                .source(pkg + ".PosterController", """
                        package io.tessera.plugins.accposter;

                        import io.tessera.plugins.accounting.api.*;
                        import io.tessera.sdk.ModuleServices;
                        import io.tessera.sdk.persistence.Transactions;
                        import io.tessera.sdk.web.ApiProblem;
                        import java.math.BigDecimal;
                        import java.time.LocalDate;
                        import java.util.*;
                        import org.springframework.web.bind.annotation.*;

                        @RestController
                        @RequestMapping("/api/v1/acc-poster")
                        @io.tessera.sdk.security.RequiresPermission("acc-poster.use")
                        class PosterController {
                            record LineBody(String account, String role, BigDecimal debit, BigDecimal credit) {}
                            record Body(LocalDate date, String description, String failAfter, List<LineBody> lines) {}

                            private final ModuleServices modules;
                            private final Transactions tx;

                            PosterController(ModuleServices modules, Transactions tx) {
                                this.modules = modules;
                                this.tx = tx;
                            }

                            private Postings postings() {
                                return modules.find(Postings.class).orElseThrow(() -> ApiProblem.conflict("no accounting"));
                            }

                            @GetMapping("/present")
                            Map<String, Object> present() {
                                return Map.of("present", tx.read(() -> modules.find(Postings.class).isPresent()));
                            }

                            @PostMapping("/post")
                            Map<String, Object> post(@RequestBody Body body) {
                                try {
                                    return tx.write(() -> {
                                        List<JournalPosting.Line> lines = new ArrayList<>();
                                        for (LineBody l : body.lines()) {
                                            lines.add(new JournalPosting.Line(l.account(), l.role() == null ? null : PostingRole.valueOf(l.role()),
                                                    l.debit() == null ? BigDecimal.ZERO : l.debit(), l.credit() == null ? BigDecimal.ZERO : l.credit()));
                                        }
                                        UUID id = postings().post(new JournalPosting(body.date(), body.description(), "acc-poster", null, lines));
                                        if (body.failAfter() != null) {
                                            throw ApiProblem.conflict(body.failAfter() + " " + id);
                                        }
                                        return Map.<String, Object>of("id", id.toString());
                                    });
                                } catch (PostingRefusedException e) {
                                    return Map.of("refused", e.reason().name(), "field", e.errors().getFirst().field(), "status", e.status());
                                }
                            }

                            @GetMapping("/lock-date")
                            Map<String, Object> lockDate() {
                                return Map.of("lockDate", tx.read(() -> postings().lockDate().map(LocalDate::toString).orElse("none")),
                                        "baseCurrency", tx.read(() -> postings().baseCurrency()));
                            }

                            @GetMapping("/accounts")
                            List<String> accounts() {
                                return tx.read(() -> postings().accounts().stream().map(LedgerAccount::code).toList());
                            }

                            @GetMapping("/accounts/{role}")
                            Map<String, Object> account(@PathVariable String role) {
                                LedgerAccount account = tx.write(() -> postings().account(PostingRole.valueOf(role)));
                                return Map.of("code", account.code(), "name", account.name());
                            }

                            @GetMapping("/balances")
                            Map<String, BigDecimal> balances(@RequestParam List<String> codes, @RequestParam LocalDate asOf) {
                                return tx.read(() -> postings().balances(codes, asOf));
                            }
                        }
                        """)
                .extension(pkg + ".PosterModule")
                .build();
    }
}
