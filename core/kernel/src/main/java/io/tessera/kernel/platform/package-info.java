/** The platform operator's API under {@code /api/v1/platform}. */
package io.tessera.kernel.platform;
