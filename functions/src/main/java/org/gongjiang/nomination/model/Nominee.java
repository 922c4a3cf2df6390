package org.gongjiang.nomination.model;

import java.util.List;
import java.util.Objects;

/**
 * A nominee as stored: the identity number only as a keyed hash (duplicate detection), a masked form
 * for staff, and what the process needs of it (birth year, sex, whether it is a foreign permanent
 * resident's). The mobile number is for the review office only.
 */
public record Nominee(
        String name,
        Sex sex,
        int birthYear,
        String idHash,
        String idMasked,
        boolean foreignPermanentResident,
        String trade,
        String industry,
        String region,
        int yearsInTrade,
        boolean frontLine,
        int patents,
        List<String> awards,
        String citation,
        String mobile,
        boolean vocationalStudent) {

    public Nominee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(idMasked, "idMasked");
        awards = List.copyOf(awards);
    }
}
