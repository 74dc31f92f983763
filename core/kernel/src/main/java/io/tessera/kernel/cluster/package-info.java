/**
 * Several nodes on one database (D16): {@link io.tessera.kernel.cluster.ClusterNotifications} carries "something
 * changed" signals between nodes over PostgreSQL {@code LISTEN/NOTIFY}, so per-node caches are invalidated on every
 * node when a change commits; {@link io.tessera.kernel.cluster.SharedSetting}s name what must be configured once for
 * the whole cluster, and with {@code tessera.cluster.enabled=true} a node refuses to start without them. Uses no
 * other kernel package.
 */
package io.tessera.kernel.cluster;
