/** UI benchmarks (page load, heap per session): run on purpose with {@code -Pbench}, never part of {@code mvn verify}. */
package io.tessera.ui.app.bench;
