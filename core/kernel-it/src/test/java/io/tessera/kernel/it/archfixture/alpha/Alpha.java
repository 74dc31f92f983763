package io.tessera.kernel.it.archfixture.alpha;

import io.tessera.kernel.it.archfixture.beta.Beta;

/** Half of a deliberate package cycle: the package rules must fail on it ({@code KernelArchitectureTest}). */
public final class Alpha {

    private Alpha() {
    }

    /**
     * Reaches into the other package.
     *
     * @return its name
     */
    public static String name() {
        return Beta.name() + "!";
    }

    /**
     * Reached from the other package.
     *
     * @return a name
     */
    public static String plain() {
        return "alpha";
    }
}
