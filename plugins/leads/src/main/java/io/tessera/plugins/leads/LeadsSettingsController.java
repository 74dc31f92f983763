package io.tessera.plugins.leads;

import io.tessera.plugins.leads.LeadRequests.FormRequest;
import io.tessera.plugins.leads.LeadRequests.RuleRequest;
import io.tessera.plugins.leads.LeadViews.FormView;
import io.tessera.plugins.leads.LeadRequests.TeamRequest;
import io.tessera.plugins.leads.LeadViews.RuleView;
import io.tessera.plugins.leads.LeadViews.TeamView;
import io.tessera.sdk.security.RequiresPermission;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/leads/scoring-rules}, {@code /team} and {@code /forms}: how leads are scored, assigned and captured. */
@RestController
@RequestMapping("/api/v1/leads")
class LeadsSettingsController {

    private final ScoringService scoring;
    private final TeamService team;
    private final FormService forms;

    LeadsSettingsController(ScoringService scoring, TeamService team, FormService forms) {
        this.scoring = scoring;
        this.team = team;
        this.forms = forms;
    }

    @GetMapping("/forms")
    @RequiresPermission(LeadsModule.READ)
    List<FormView> forms() {
        return forms.list();
    }

    @PostMapping("/forms")
    @RequiresPermission(LeadsModule.CONFIGURE)
    ResponseEntity<FormView> createForm(@Valid @RequestBody FormRequest request) {
        return ResponseEntity.status(201).body(forms.create(request));
    }

    @DeleteMapping("/forms/{id}")
    @RequiresPermission(LeadsModule.CONFIGURE)
    ResponseEntity<Void> deleteForm(@PathVariable UUID id) {
        forms.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/scoring-rules")
    @RequiresPermission(LeadsModule.READ)
    List<RuleView> rules() {
        return scoring.rules();
    }

    @PostMapping("/scoring-rules")
    @RequiresPermission(LeadsModule.CONFIGURE)
    ResponseEntity<RuleView> addRule(@Valid @RequestBody RuleRequest request) {
        return ResponseEntity.status(201).body(scoring.add(request));
    }

    @DeleteMapping("/scoring-rules/{id}")
    @RequiresPermission(LeadsModule.CONFIGURE)
    ResponseEntity<Void> removeRule(@PathVariable UUID id) {
        scoring.remove(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/team")
    @RequiresPermission(LeadsModule.READ)
    TeamView team() {
        return team.team();
    }

    @PutMapping("/team")
    @RequiresPermission(LeadsModule.CONFIGURE)
    TeamView replaceTeam(@Valid @RequestBody TeamRequest request) {
        return team.replace(request.userIds());
    }
}
