package com.rapport.authoring;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Uploads that would replace a scenario in use, held until the trainer who uploaded them confirms or cancels: each
 * under an unguessable token, at most {@link #MAX} at a time (the oldest is dropped). Nothing here is live.
 */
final class PendingUploads {

    static final int MAX = 20;

    /** An upload waiting for confirmation, and the version in use it was compared with. */
    record Pending(String username, String fileName, byte[] content, String replacesHash) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    synchronized String hold(Pending upload) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        pending.put(token, upload);
        while (pending.size() > MAX) {
            pending.remove(pending.keySet().iterator().next());
        }
        return token;
    }

    /** Takes the upload held under a token for this user; no one else's, and each only once. */
    synchronized Optional<Pending> take(String token, String username) {
        Pending upload = pending.get(token);
        if (upload == null || !upload.username().equals(username)) {
            return Optional.empty();
        }
        pending.remove(token);
        return Optional.of(upload);
    }
}
