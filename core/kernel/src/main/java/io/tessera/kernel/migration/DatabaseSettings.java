package io.tessera.kernel.migration;

import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * Where migrations run and as whom: the owner role ({@code spring.liquibase.user}) when configured,
 * else the application's own credentials.
 *
 * @param url       JDBC URL
 * @param ownerUser the role migrations run as
 * @param ownerPassword its password
 * @param appRole   the role the application connects as, granted access by migrations
 */
public record DatabaseSettings(String url, String ownerUser, String ownerPassword, String appRole) {

    /**
     * Reads the standard Spring properties.
     *
     * @param env the environment
     * @return the settings
     */
    public static DatabaseSettings from(Environment env) {
        String url = env.getProperty("spring.liquibase.url", env.getRequiredProperty("spring.datasource.url"));
        String appUser = env.getProperty("spring.datasource.username", "");
        String owner = env.getProperty("spring.liquibase.user");
        String password = owner == null
                ? env.getProperty("spring.datasource.password", "")
                : env.getProperty("spring.liquibase.password", "");
        return new DatabaseSettings(url, owner == null ? appUser : owner, password, appUser);
    }

    /** Whether this is PostgreSQL, where row-level security applies. */
    public boolean postgres() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    /** Whether migrations run as a role other than the application's. */
    public boolean separateOwner() {
        return !ownerUser.equals(appRole);
    }
}
