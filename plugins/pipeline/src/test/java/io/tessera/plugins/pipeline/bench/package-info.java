/** Benchmarks of the pipeline module (not tests: run with the {@code bench} profile, they print figures). */
package io.tessera.plugins.pipeline.bench;
