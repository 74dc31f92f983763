/** The demo tenant that the embedded default creates on first start, so a newcomer can sign in at once. */
package io.tessera.tenants.demo;
