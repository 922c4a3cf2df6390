package org.gongjiang.review.application;

/**
 * Whether a nomination carries a checked photo: the ballot and the notice show it (the nominee consented),
 * and a page asks for the photo only when there is one. Photos are uploaded only while a nomination is
 * submitted, so what this answers at the notice and at finalization stays true.
 */
@FunctionalInterface
public interface NomineePhotos {

    /** For stores and tests without photos. */
    NomineePhotos NONE = (campaignId, nominationId) -> false;

    boolean hasPhoto(String campaignId, String nominationId);
}
