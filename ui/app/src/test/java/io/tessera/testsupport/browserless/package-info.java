/**
 * Test support for Vaadin's browserless view tests against the running kernel. Deliberately outside the
 * application's packages, which Vaadin scans for lookup services in the real server of the same JVM.
 */
package io.tessera.testsupport.browserless;
