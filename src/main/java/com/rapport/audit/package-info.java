/**
 * The audit log: sign-ins and failures, lockouts, account and team changes, uploads and which version went live,
 * score corrections, exports and erasures. It listens to the other features' events; no feature depends on it.
 */
@NullMarked
package com.rapport.audit;

import org.jspecify.annotations.NullMarked;
