/**
 * The Tessera test kit, for the kernel's own tests and for plugin authors:
 * {@link io.tessera.testkit.TesseraKernelExtension} boots the kernel with chosen plugin jars on a
 * fresh PostgreSQL database, connected as a non-owner application role exactly as in production;
 * {@link io.tessera.testkit.PluginJar} assembles real PF4J plugin jars, compiling their sources at
 * test time so that plugin classes are never on the test's own classpath;
 * {@link io.tessera.testkit.ServiceAccessRules} is the architecture rule that every writing service
 * method declares its permission; {@link io.tessera.testkit.TesseraCluster} starts several kernels ("nodes") at once
 * on one database, and {@link io.tessera.testkit.Eventually} waits for what happens in the background.
 */
package io.tessera.testkit;
