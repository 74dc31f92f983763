package io.tessera.plugins.activities;

import io.tessera.plugins.activities.ActivityViews.ActivityView;
import io.tessera.plugins.activities.ActivityViews.NotificationView;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.PageView.Paging;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.RowExport;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/activities}: the current tenant's activities and the signed-in user's notifications. */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityController {

    private final ActivityService activities;
    private final NotificationService notifications;

    ActivityController(ActivityService activities, NotificationService notifications) {
        this.activities = activities;
        this.notifications = notifications;
    }

    @PostMapping
    @RequiresPermission(ActivitiesModule.WRITE)
    ResponseEntity<ActivityView> create(@Valid @RequestBody ActivityRequest request) {
        ActivityView created = activities.create(request);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + created.id())).body(created);
    }

    /** A party's (or a record's, or an owner's) history, newest first. */
    @GetMapping
    @RequiresPermission(ActivitiesModule.READ)
    PageView<ActivityView> list(@RequestParam(required = false) UUID partyId,
                                @RequestParam(required = false) String moduleId,
                                @RequestParam(required = false) UUID recordId,
                                @RequestParam(required = false) UUID ownerId,
                                @RequestParam(required = false) String type,
                                @RequestParam(required = false) Boolean done,
                                @RequestParam(defaultValue = "false") boolean includePeople,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) String after) {
        return activities.list(new ActivityService.Filter(partyId, moduleId, recordId, ownerId, type(type), done,
                        includePeople),
                Paging.of(page, size, after, 2));
    }

    /** {@code Accept: text/csv}: every activity matching the filters (not one page), streamed in keyset batches. */
    @GetMapping(produces = "text/csv")
    @RequiresPermission(ActivitiesModule.READ)
    RowExport<ActivityView> export(@RequestParam(required = false) UUID partyId,
                                   @RequestParam(required = false) String moduleId,
                                   @RequestParam(required = false) UUID recordId,
                                   @RequestParam(required = false) UUID ownerId,
                                   @RequestParam(required = false) String type,
                                   @RequestParam(required = false) Boolean done,
                                   @RequestParam(defaultValue = "false") boolean includePeople) {
        return activities.export(new ActivityService.Filter(partyId, moduleId, recordId, ownerId, type(type), done,
                includePeople));
    }

    @GetMapping("/{id}")
    @RequiresPermission(ActivitiesModule.READ)
    ActivityView get(@PathVariable UUID id) {
        return activities.get(id);
    }

    @PutMapping("/{id}")
    @RequiresPermission(ActivitiesModule.WRITE)
    ActivityView update(@PathVariable UUID id, @Valid @RequestBody ActivityRequest request) {
        return activities.update(id, request);
    }

    @PostMapping("/{id}/done")
    @RequiresPermission(ActivitiesModule.WRITE)
    ActivityView done(@PathVariable UUID id) {
        return activities.markDone(id, true);
    }

    @PostMapping("/{id}/undone")
    @RequiresPermission(ActivitiesModule.WRITE)
    ActivityView undone(@PathVariable UUID id) {
        return activities.markDone(id, false);
    }

    @DeleteMapping("/{id}")
    @RequiresPermission(ActivitiesModule.WRITE)
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        activities.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notifications")
    @RequiresPermission(ActivitiesModule.READ)
    PageView<NotificationView> notifications(@RequestParam(required = false) Boolean unread,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        return notifications.mine(Boolean.TRUE.equals(unread), Paging.of(page, size));
    }

    @PostMapping("/notifications/{id}/read")
    @RequiresPermission(ActivitiesModule.READ)
    NotificationView read(@PathVariable UUID id) {
        return notifications.markRead(id);
    }

    private static ActivityType type(String type) {
        try {
            return type == null || type.isBlank() ? null : ActivityType.fromApi(type.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("type", "must be call, meeting, email, note or task");
        }
    }
}
