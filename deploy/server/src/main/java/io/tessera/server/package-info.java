/** The runnable server. */
package io.tessera.server;
