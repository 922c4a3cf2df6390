package org.gongjiang.campaign.application;

import org.gongjiang.campaign.model.CampaignMessages;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.CampaignProgress;
import org.gongjiang.campaign.model.CampaignSpec;
import org.gongjiang.campaign.model.RuleLock;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.Ids;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.platform.model.Role;

/** Campaign administration (group admin): create a campaign, change its rules while nothing binds them. */
public final class CampaignAdministration {

    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final CampaignStore campaigns;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CampaignAdministration(CampaignStore campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /**
     * Creates a campaign under {@code requestedId}, or a generated id when none is given. {@code
     * shapeErrors} are problems the request's JSON already showed; they are reported with the rest.
     */
    public Campaign create(Actor actor, String requestedId, CampaignSpec spec, List<FieldError> shapeErrors) {
        actor.require(Role.ADMIN);
        String campaignId = requestedId != null ? requestedId : generatedId();
        List<FieldError> earlier = new ArrayList<>(shapeErrors);
        if (!Ids.isCampaignId(campaignId)) {
            earlier.add(FieldError.body("/campaignId", "pattern", CampaignMessages.CAMPAIGN_ID_PATTERN.text()));
            campaignId = "x-invalid";
        }
        Campaign campaign = spec.toCampaign(campaignId, 1, earlier);
        if (!campaigns.create(campaign)) {
            throw new ConflictException("campaign-exists", CampaignMessages.CAMPAIGN_EXISTS_TITLE.text(),
                    CampaignMessages.CAMPAIGN_EXISTS_DETAIL.text(campaign.campaignId()),
                    Map.of("campaignId", campaign.campaignId()));
        }
        return campaign;
    }

    /** Replaces a campaign's rules, except those that already bind the process ({@link RuleLock}). */
    public Campaign update(Actor actor, String campaignId, CampaignSpec spec, List<FieldError> shapeErrors) {
        return update(actor, campaignId, spec, Optional.empty(), shapeErrors);
    }

    /**
     * The same, where the admin says which version they edited ({@code version} of the configuration they
     * read): if someone else changed it since, nothing is written and the answer says so.
     */
    public Campaign update(Actor actor, String campaignId, CampaignSpec spec, Optional<Integer> editedVersion,
                           List<FieldError> shapeErrors) {
        actor.require(Role.ADMIN);
        CampaignStore.Stored stored = campaigns.findStored(campaignId).orElseThrow(() -> NotFoundException.campaign(campaignId));
        Campaign current = stored.campaign();
        // bad input is answered first, with every error; only a valid edit can be stale
        Campaign updated = spec.toCampaign(current.campaignId(), current.version() + 1, shapeErrors);
        if (editedVersion.isPresent() && editedVersion.get() != current.version()) {
            throw new ConflictException("concurrent-update", CampaignMessages.STALE_VERSION_TITLE.text(),
                    CampaignMessages.STALE_VERSION_DETAIL.text(editedVersion.get(), current.version()),
                    Map.of("version", current.version()));
        }
        List<String> locked = lockedChanges(current, updated, stored.progress(), clock.instant());
        if (!locked.isEmpty()) {
            throw rulesLocked(current.campaignId(), locked);
        }
        if (!campaigns.replace(updated, current.version(), stored.progress())) {
            throw new ConflictException("concurrent-update", CampaignMessages.CHANGED_MEANWHILE_TITLE.text(),
                    CampaignMessages.CHANGED_MEANWHILE_DETAIL.text(),
                    Map.of());
        }
        return updated;
    }

    public CampaignStore.Stored view(Actor actor, String campaignId) {
        actor.require(Role.ADMIN);
        return campaigns.findStored(campaignId).orElseThrow(() -> NotFoundException.campaign(campaignId));
    }

    /** The rules of the campaign that already bind its process, now: the ones {@link #update} refuses to change. */
    public List<RuleLock> locks(Campaign campaign, CampaignProgress progress) {
        return RuleLock.of(campaign, progress, clock.instant());
    }

    static List<String> lockedChanges(Campaign current, Campaign updated, CampaignProgress progress, Instant now) {
        return RuleLock.brokenBy(RuleLock.of(current, progress, now), current, updated);
    }

    private static ConflictException rulesLocked(String campaignId, List<String> locked) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("lockedFields", locked);
        return new ConflictException("rules-locked", CampaignMessages.RULES_LOCKED_TITLE.text(),
                CampaignMessages.RULES_LOCKED_DETAIL.text(campaignId, String.join(", ", locked)),
                extensions);
    }

    private String generatedId() {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
        }
        return "c-" + new String(id);
    }
}
