/**
 * Long-running work started from a view: {@link io.tessera.ui.kit.task.ProgressTask} runs a
 * {@link io.tessera.ui.kit.task.Job} off the request thread through the shell's
 * {@link io.tessera.ui.kit.BackgroundExecutor} (which carries the tenant), shows a progress bar with
 * a cancel button, and applies updates with {@code UI.access}. Without server push the UI polls while
 * a task runs.
 */
package io.tessera.ui.kit.task;
