/**
 * The {@code pipeline} module (CRM): pipelines with ordered stages and win probabilities, opportunities
 * moving through them with their stage history, won/lost outcomes and a weighted forecast. Its Vaadin views
 * ({@code PipelineUi} and the views it registers) live here too, next to the services they call. Everything here
 * is internal; other modules use only the {@code api} sub-package.
 */
package io.tessera.plugins.pipeline;
