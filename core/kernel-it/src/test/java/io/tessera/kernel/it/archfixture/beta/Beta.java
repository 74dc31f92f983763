package io.tessera.kernel.it.archfixture.beta;

import io.tessera.kernel.it.archfixture.alpha.Alpha;

/** The other half of the deliberate package cycle ({@code KernelArchitectureTest}). */
public final class Beta {

    private Beta() {
    }

    /**
     * Reaches back into the first package: the cycle.
     *
     * @return a name
     */
    public static String name() {
        return Alpha.plain() + "-beta";
    }
}
