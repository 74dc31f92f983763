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
 * which does, carries the tenant into background work. Views inject it and run their slow work through
 * it, returning to the UI with {@code UI.access} (see the admin console's modules view).
 */
public interface BackgroundExecutor extends Executor {
}
