package io.tessera.plugins.accounting.chart;

import java.util.UUID;

/**
 * An account of the tenant's chart.
 *
 * @param id         account id
 * @param code       unique code, e.g. {@code 1300}
 * @param name       name
 * @param type       type
 * @param parentCode code of the parent account, or {@code null}
 * @param role       automatic-posting role, or {@code null}
 * @param active     whether new postings may use it
 */
public record Account(UUID id, String code, String name, AccountType type, String parentCode, AccountRole role,
                      boolean active) {
}
