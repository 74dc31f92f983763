/**
 * The link to the CRM (pipeline, optional): opportunities read and marked won through pipeline's published
 * {@code Opportunities}, and a draft quotation for a deal won without one ({@code OpportunityWon} through the outbox).
 */
package io.tessera.plugins.sales.crm;
