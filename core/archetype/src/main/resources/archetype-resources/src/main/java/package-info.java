/**
 * The {@code ${id}} module (${name}): its declaration ({@link ${package}.${prefix}Module}), entries with a REST API
 * under {@code /api/v1/${id}/entries}, an installer and, where the Vaadin shell runs, a list and a form.
 */
package ${package};
