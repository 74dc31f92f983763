package io.tessera.plugins.pipeline.api;

import java.util.UUID;

/**
 * A created opportunity.
 *
 * @param id        the opportunity id
 * @param stageId   the stage it starts in
 * @param stageName that stage's name
 */
public record OpportunityRef(UUID id, UUID stageId, String stageName) {
}
