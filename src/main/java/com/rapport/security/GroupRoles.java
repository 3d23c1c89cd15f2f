package com.rapport.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which Rapport role a directory's or an identity provider's groups give: the highest role any of the user's groups
 * is mapped to (groups compared without case), or none at all; never a default.
 */
final class GroupRoles {

    private final Map<String, Role> byGroup;

    GroupRoles(Map<String, Role> mapping) {
        this.byGroup = mapping.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> normal(e.getKey()), Map.Entry::getValue, GroupRoles::higher));
    }

    Optional<Role> roleOf(Collection<String> groups) {
        return groups.stream().map(g -> byGroup.get(normal(g))).filter(r -> r != null)
                .max(Comparator.naturalOrder());
    }

    /** The same role, or throws {@link NoRoleException} when no group gives one. */
    Role requireRole(Collection<String> groups) {
        return roleOf(groups).orElseThrow(NoRoleException::new);
    }

    private static Role higher(Role a, Role b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String normal(String group) {
        return group.strip().toLowerCase(Locale.ROOT);
    }
}
