/**
 * {@link io.tessera.ui.kit.form.EntityForm}: a form layout bound to a bean's Jakarta validation
 * annotations, with inline validation messages, save and cancel, and server errors shown readably.
 */
package io.tessera.ui.kit.form;
