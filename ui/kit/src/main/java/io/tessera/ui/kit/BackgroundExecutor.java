package io.tessera.ui.kit;

import java.util.concurrent.Executor;

/**
 * Runs UI-initiated work off the request thread in the caller's context. The shell provides the one
 * bean of this type: when {@link #execute(Runnable)} is called (on a request thread) it captures the
 * current tenant, user and security context and binds them around the command on a worker thread, so
 * that a background job sees the same tenant as the view that started it. Without a tenant the
 * command fails closed (the kernel's persistence sees nothing).
 *
 * <p>The kit does not depend on the kernel; this interface is the hook through which the shell,
 * which does, carries the tenant into background work. Plugins inject it and hand it to
 * {@code io.tessera.ui.kit.task.ProgressTask}.
 */
public interface BackgroundExecutor extends Executor {
}
