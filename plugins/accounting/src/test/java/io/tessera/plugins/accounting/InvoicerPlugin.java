package io.tessera.plugins.accounting;

import io.tessera.testkit.PluginJar;

/**
 * A real plugin that drafts, confirms and reads documents through accounting's published {@code Invoicing}, as sales
 * and purchasing do: it finds the service with the SDK's {@code ModuleServices} and answers over REST what it got. It
 * compiles against the accounting plugin jar of this build and runs against the real one through its PF4J dependency.
 */
final class InvoicerPlugin {

    private InvoicerPlugin() {
    }

    static PluginJar jar() {
        String pkg = "io.tessera.plugins.accinvoicer";
        return PluginJar.plugin("acc-invoicer")
                .dependencies("accounting?")
                .compileAgainst(java.nio.file.Path.of(System.getProperty("tessera.plugin.jar")))
                .source(pkg + ".InvoicerModule", """
                        package io.tessera.plugins.accinvoicer;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class InvoicerModule implements TesseraModule {
                            public String name() { return "Accounting invoicer"; }
                            public ModuleCategory category() { return ModuleCategory.PLATFORM; }
                            public List<Permission> permissions() { return List.of(new Permission("acc-invoicer.use", "Invoice", true)); }
                            public List<Class<?>> components() { return List.of(InvoicerController.class); }
                        }
                        """)
                .source(pkg + ".InvoicerController", """
                        package io.tessera.plugins.accinvoicer;

                        import io.tessera.plugins.accounting.api.*;
                        import io.tessera.sdk.ModuleServices;
                        import io.tessera.sdk.persistence.Transactions;
                        import io.tessera.sdk.web.ApiProblem;
                        import java.math.BigDecimal;
                        import java.time.LocalDate;
                        import java.util.*;
                        import org.springframework.web.bind.annotation.*;

                        @RestController
                        @RequestMapping("/api/v1/acc-invoicer")
                        @io.tessera.sdk.security.RequiresPermission("acc-invoicer.use")
                        class InvoicerController {
                            record LineBody(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate,
                                            String role, UUID documentId, UUID lineId) {}
                            record Body(String kind, UUID partyId, String currency, LocalDate date, Boolean confirm,
                                        String failAfter, List<LineBody> lines) {}

                            private final ModuleServices modules;
                            private final Transactions tx;

                            InvoicerController(ModuleServices modules, Transactions tx) {
                                this.modules = modules;
                                this.tx = tx;
                            }

                            private Invoicing invoicing() {
                                return modules.find(Invoicing.class).orElseThrow(() -> ApiProblem.conflict("no accounting"));
                            }

                            private static List<DraftLine> lines(List<LineBody> lines) {
                                if (lines == null) {
                                    return null;
                                }
                                List<DraftLine> result = new ArrayList<>();
                                for (LineBody l : lines) {
                                    result.add(new DraftLine(l.description(), l.quantity(), l.unitPrice(), l.taxRate(),
                                            l.role() == null ? null : PostingRole.valueOf(l.role()),
                                            l.documentId() == null ? null : new SourceReference("acc-invoicer", l.documentId(), l.lineId())));
                                }
                                return result;
                            }

                            @PostMapping("/drafts")
                            DocumentStatus draft(@RequestBody Body body) {
                                return tx.write(() -> {
                                    DocumentStatus status = invoicing().createDraft(new DraftDocument(
                                            body.kind() == null ? null : DocumentKind.valueOf(body.kind()), body.partyId(),
                                            body.currency(), body.date(), null, lines(body.lines())));
                                    if (Boolean.TRUE.equals(body.confirm())) {
                                        status = invoicing().confirm(status.id());
                                    }
                                    if (body.failAfter() != null) {
                                        throw ApiProblem.conflict(body.failAfter() + " " + status.id());
                                    }
                                    return status;
                                });
                            }

                            @PostMapping("/credit-notes/{invoiceId}")
                            DocumentStatus creditNote(@PathVariable UUID invoiceId, @RequestBody Body body) {
                                return tx.write(() -> {
                                    DocumentStatus status = invoicing().createCreditNote(invoiceId, body.date(), lines(body.lines()));
                                    return Boolean.TRUE.equals(body.confirm()) ? invoicing().confirm(status.id()) : status;
                                });
                            }

                            @PostMapping("/confirm/{id}")
                            DocumentStatus confirm(@PathVariable UUID id) {
                                return tx.write(() -> invoicing().confirm(id));
                            }

                            @GetMapping("/statuses")
                            Map<UUID, DocumentStatus> statuses(@RequestParam List<UUID> ids) {
                                return tx.read(() -> invoicing().statuses(ids));
                            }
                        }
                        """)
                .extension(pkg + ".InvoicerModule")
                .build();
    }
}
