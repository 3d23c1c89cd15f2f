package com.rapport.security;

import java.io.Serial;

/** An account change that breaks a rule: the message key (under {@code account.problem.*}) says which. */
public class AccountRejectedException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccountRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The i18n key of the message to show. */
    public String messageKey() {
        return messageKey;
    }
}
