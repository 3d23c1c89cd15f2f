package com.rapport.audit;

import java.util.Locale;

/** What the audit log records. */
public enum AuditAction {
    SIGN_IN, SIGN_IN_FAILED, LOCKED_OUT,
    ACCOUNT_CREATED, ROLE_CHANGED, ACCOUNT_DEACTIVATED, ACCOUNT_REACTIVATED, PASSWORD_RESET, PASSWORD_CHANGED,
    ACCOUNT_SYNCED,
    TEAM_CREATED, TEAM_MEMBER_ADDED, TEAM_MEMBER_REMOVED, TEAM_MANAGER_CHANGED,
    SCENARIO_PUBLISHED, SCORE_CORRECTED, EXPORTED, DATA_ERASED;

    /** The i18n key of its name on screen. */
    public String messageKey() {
        return "audit.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
