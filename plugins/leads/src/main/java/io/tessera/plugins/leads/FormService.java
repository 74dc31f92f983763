package io.tessera.plugins.leads;

import io.tessera.plugins.leads.LeadRequests.FormRequest;
import io.tessera.plugins.leads.LeadRequests.LeadRequest;
import io.tessera.plugins.leads.LeadViews.FormView;
import io.tessera.sdk.PublicKeys;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The tenant's web forms, and submissions to them (already routed to the tenant by the kernel). */
class FormService {

    private final EntityManager em;
    private final Transactions tx;
    private final PublicKeys keys;
    private final LeadService leads;

    FormService(EntityManager em, Transactions tx, PublicKeys keys, LeadService leads) {
        this.em = em;
        this.tx = tx;
        this.keys = keys;
        this.leads = leads;
    }

    @RequiresPermission(LeadsModule.CONFIGURE)
    FormView create(FormRequest r) {
        return tx.write(() -> {
            LeadForm form = new LeadForm(keys.issue(LeadsModule.ID), r.name().strip(),
                    r.source() == null || r.source().isBlank() ? "web-form" : r.source().strip());
            em.persist(form);
            return FormView.of(form);
        });
    }

    List<FormView> list() {
        return tx.read(() -> em.createQuery("select f from LeadForm f order by f.name, f.id", LeadForm.class)
                .getResultStream().map(FormView::of).toList());
    }

    @RequiresPermission(LeadsModule.CONFIGURE)
    void delete(UUID id) {
        tx.write(() -> {
            LeadForm form = em.createQuery("select f from LeadForm f where f.id = :id", LeadForm.class)
                    .setParameter("id", id).getResultStream().findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("Form", id));
            keys.revoke(form.getPublicKey());
            em.remove(form);
        });
    }

    /** Captures a submission as a lead with the form's source; the tenant in scope is the key's. */
    @RequiresPermission(LeadsModule.WRITE)
    void submit(String key, LeadRequest submission) {
        tx.write(() -> {
            LeadForm form = em.createQuery("select f from LeadForm f where f.publicKey = :key", LeadForm.class)
                    .setParameter("key", key).getResultStream().findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("Form", key));
            leads.capture(new LeadRequest(submission.name(), submission.email(), submission.company(),
                    submission.phone(), form.getSource(), submission.message(), null, null));
        });
    }
}
