package org.gongjiang.voting.model;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What is kept with each vote to tell bought votes from honest ones, and nothing more: a keyed hash of
 * the voter's network (the IPv4 /24 or IPv6 /48 the vote came from), a keyed hash of the client (the
 * user agent), and the account's age in days or its verification level, when the login provider says.
 * Never an address or a user agent in clear: the hashes are 48 bits under a key derived from the
 * voter-hash secret, enough to tell networks apart within a campaign, useless to anyone without the
 * key. They expire with the ballot.
 *
 * @param network 8 base64url characters, or {@code -} when the source address is unknown
 * @param client 8 base64url characters, or {@code -} without a user agent
 * @param account {@code d<days>} (account age), {@code l<level>} (verification level), {@code s<days>} (the
 *     login's age, where the provider says nothing of the account), or {@code -}
 */
public record VoteSignals(String network, String client, String account) {

    public static final String UNKNOWN = "-";
    private static final Pattern HASH = Pattern.compile("[A-Za-z0-9_-]{8}|-");
    // compiled once: String.matches compiled each of them anew on every vote (the JMH benchmark's profile)
    private static final Pattern EPOCH = Pattern.compile("[0-9]{1,16}");
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9a-fA-F:.]+");
    private static final Pattern ACCOUNT = Pattern.compile("[ds][0-9]{1,5}|l[a-z0-9-]{1,16}|-");
    private static final Pattern LEVEL = Pattern.compile("[a-z0-9-]{1,16}");
    private static final long MAX_AGE_DAYS = 99_999;
    // Declared after the patterns: the constructor checks against them.
    public static final VoteSignals NONE = new VoteSignals(UNKNOWN, UNKNOWN, UNKNOWN);

    public VoteSignals {
        if (!HASH.matcher(network).matches() || !HASH.matcher(client).matches() || !ACCOUNT.matcher(account).matches()) {
            // without the values: a stack trace in the log must not carry a network's or a client's hash
            throw new IllegalArgumentException("not vote signals: a network hash, a client hash and an account signal");
        }
    }

    /**
     * What the request says of the voter, in clear, before it is hashed (never stored or logged like
     * this): the source address, the user agent, and the claims of the verified token.
     */
    public record Origin(Optional<String> sourceAddress, Optional<String> userAgent, Map<String, String> claims) {

        public static final Origin UNKNOWN = new Origin(Optional.empty(), Optional.empty(), Map.of());

        public Origin {
            // a read-only view, not a copy (a copy of every claim was 5 % of a vote's CPU): the request's claims are not changed after it is parsed
            claims = claims == null ? Map.of() : java.util.Collections.unmodifiableMap(claims);
        }
    }

    /**
     * The signals of a vote cast at {@code castAt} from {@code origin}. The account signal comes from
     * the claim the campaign names ({@code accountClaim}: an account's creation time or a verification
     * level); without one, from the login's {@code auth_time}, else {@code iat}, kept as the session's
     * age ({@code s<days>}), a weaker signal: a fresh login is not a fresh account.
     */
    public static VoteSignals of(Origin origin, Optional<String> accountClaim, VoterHasher keys, Instant castAt) {
        String network = origin.sourceAddress().flatMap(VoteSignals::networkOf)
                .map(prefix -> keys.signal("network", prefix)).orElse(UNKNOWN);
        String client = origin.userAgent().filter(agent -> !agent.isBlank())
                .map(agent -> keys.signal("client", agent)).orElse(UNKNOWN);
        Optional<String> named = accountClaim.map(origin.claims()::get).filter(value -> !value.isBlank());
        String account = named.map(value -> account(value, castAt))
                .or(() -> Optional.ofNullable(origin.claims().getOrDefault("auth_time", origin.claims().get("iat")))
                        .filter(value -> EPOCH.matcher(value).matches())
                        .map(value -> "s" + account(value, castAt).substring(1)))
                .orElse(UNKNOWN);
        return new VoteSignals(network, client, account);
    }

    /**
     * The network of an address: its IPv4 /24 or IPv6 /48 (a home, an office, a carrier's pool), in
     * canonical form; empty for anything that is not an address.
     */
    public static Optional<String> networkOf(String address) {
        String text = address.trim();
        if (text.startsWith("[") && text.contains("]")) {
            text = text.substring(1, text.indexOf(']'));
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            text = text.substring(0, text.indexOf(':')); // a.b.c.d:port
        }
        if (text.isEmpty() || !ADDRESS_LITERAL.matcher(text).matches()) {
            return Optional.empty(); // only literals: never a name lookup
        }
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress();
            if (bytes.length == 4) {
                return Optional.of((bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24");
            }
            return Optional.of("%x:%x:%x::/48".formatted(((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff),
                    ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff), ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff)));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * An account claim as a signal: a number is a time (epoch seconds, as {@code auth_time} and
     * {@code iat} are; milliseconds are recognised), and so is an ISO 8601 date-time with an offset; a time
     * gives the account's age in days at the vote. A short word is a verification level.
     */
    static String account(String claim, Instant castAt) {
        String value = claim.trim();
        if (EPOCH.matcher(value).matches()) {
            long epoch = Long.parseLong(value);
            Instant since = epoch > 100_000_000_000L ? Instant.ofEpochMilli(epoch) : Instant.ofEpochSecond(epoch);
            long days = Math.max(0, Duration.between(since, castAt).toDays());
            return "d" + Math.min(days, MAX_AGE_DAYS);
        }
        try {
            Instant since = java.time.OffsetDateTime.parse(value).toInstant();
            return "d" + Math.min(Math.max(0, Duration.between(since, castAt).toDays()), MAX_AGE_DAYS);
        } catch (java.time.format.DateTimeParseException notATime) {
            // a verification level, then
        }
        String level = value.toLowerCase(Locale.ROOT);
        return LEVEL.matcher(level).matches() ? "l" + level : UNKNOWN;
    }

    /** The account's age in days, when the signal is one. */
    public Optional<Integer> accountAgeDays() {
        return account.startsWith("d") ? Optional.of(Integer.parseInt(account.substring(1))) : Optional.empty();
    }

    /** The account's verification level, when the signal is one. */
    public Optional<String> verificationLevel() {
        return account.startsWith("l") ? Optional.of(account.substring(1)) : Optional.empty();
    }

    /** As the ballot stores it, after the vote's time and nonce. */
    public String encoded() {
        return network + "." + client + "." + account;
    }

    public static Optional<VoteSignals> decode(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VoteSignals(parts[0], parts[1], parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
