/** Benchmarks of the sales plugin (profile {@code bench}); they print figures and are not tests. */
package io.tessera.plugins.sales.bench;
