package io.tessera.tenants;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** Adds the tenant lifecycle to a Tessera application when this jar is on the class path. */
@AutoConfiguration
@ComponentScan
public class TenantsAutoConfiguration {

    /** Created by Spring. */
    public TenantsAutoConfiguration() {
    }
}
