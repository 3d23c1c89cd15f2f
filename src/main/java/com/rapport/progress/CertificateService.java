package com.rapport.progress;

import java.time.ZoneId;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.Tier;
import com.rapport.security.AccountService;
import com.rapport.security.CurrentUser;

/**
 * Printable tier certificates. A trainee downloads the certificate of a tier they are certified for, computed from
 * their attempts as they count now; no one else's, and none for a tier they are not certified for.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    private static final Map<Tier, String> NAMES = Map.of(Tier.ENTRY, "Entry", Tier.MID, "Mid", Tier.SENIOR,
            "Senior", Tier.MANAGER, "Manager");

    private final ProgressService progress;
    private final ScenarioLibrary library;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final String organisation;

    CertificateService(ProgressService progress, ScenarioLibrary library, AccountService accounts,
            CurrentUser currentUser, @Value("${rapport.organisation-name:Rapport}") String organisation) {
        this.progress = progress;
        this.library = library;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.organisation = organisation.isBlank() ? "Rapport" : organisation.strip();
    }

    /**
     * The logged-in trainee's certificate for a tier.
     *
     * @throws AccessDeniedException when they are not certified for it
     */
    public Certificate certificate(Tier tier) {
        String username = currentUser.username();
        Standing.TierStatus status = progress.standingOf(username).tiers().get(tier);
        if (status == null || !status.certified() || status.certifiedOn() == null) {
            throw new AccessDeniedException("Not certified for " + tier.id());
        }
        String name = accounts.find(username).map(a -> a.getDisplayName()).filter(n -> !n.isBlank())
                .orElse(username);
        var titles = status.passedIds().stream()
                .map(id -> library.find(id).map(e -> e.scenario().title()).orElse(id)).toList();
        return new Certificate(username, name, tier, status.certifiedOn().atZone(ZoneId.systemDefault())
                .toLocalDate(), titles, organisation);
    }

    /** The logged-in trainee's certificate for a tier, as a one-page PDF; refused as {@link #certificate}. */
    public byte[] pdf(Tier tier) {
        return CertificatePdf.draw(certificate(tier), NAMES.get(tier));
    }

    /** The file name a certificate downloads as. */
    public static String fileName(Tier tier) {
        return "rapport-certificate-" + tier.id() + ".pdf";
    }
}
