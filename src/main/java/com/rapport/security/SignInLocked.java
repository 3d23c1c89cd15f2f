package com.rapport.security;

import java.time.Instant;

/**
 * Published when too many failed sign-ins lock a username or a client address.
 *
 * @param username the username typed at the failure that started the lock (it may name no account)
 * @param address the client address it came from
 * @param until when sign-in is possible again
 */
public record SignInLocked(String username, String address, Instant until) {
}
