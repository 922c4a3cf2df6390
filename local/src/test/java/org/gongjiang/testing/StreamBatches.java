package org.gongjiang.testing;

import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.gongjiang.voting.model.BallotEntry;
import org.gongjiang.voting.model.VoteSignals;

/**
 * Stream records of the votes table as Lambda delivers them (tumbling-window events, JSON through the
 * runtime's serializer), with the new image the vote write produces.
 */
public final class StreamBatches {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SHARDS = new AtomicLong();
    public static final String STREAM_ARN = "arn:aws:dynamodb:cn-north-1:123456789012:table/VotesTable/stream/2026-11-01T00:00:00.000";

    /** One stream record: an accepted vote (the n-th of its voter's day) with its signals, or a TTL removal. */
    public record StreamRecord(String sequenceNumber, String campaignId, String voter, LocalDate day, int voteOfDay,
                        String candidateId, Instant castAt, boolean removal, VoteSignals signals) {

        public StreamRecord(String sequenceNumber, String campaignId, String voter, LocalDate day, int voteOfDay,
                            String candidateId, Instant castAt, boolean removal) {
            this(sequenceNumber, campaignId, voter, day, voteOfDay, candidateId, castAt, removal, VoteSignals.NONE);
        }
    }

    private StreamBatches() {
    }

    public static String newShard() {
        return "shardId-0000000179524%07d-%08x".formatted(SHARDS.incrementAndGet(), System.nanoTime() & 0xffffffffL);
    }

    public static DynamodbTimeWindowEvent event(String shardId, List<StreamRecord> records) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode array = event.putArray("Records");
        for (StreamRecord record : records) {
            ObjectNode node = array.addObject();
            node.put("eventID", "ev-" + record.sequenceNumber());
            node.put("eventName", record.removal() ? "REMOVE" : record.voteOfDay() == 1 ? "INSERT" : "MODIFY");
            node.put("eventVersion", "1.1");
            node.put("eventSource", "aws:dynamodb");
            node.put("awsRegion", "cn-north-1");
            ObjectNode dynamodb = node.putObject("dynamodb");
            dynamodb.put("ApproximateCreationDateTime", record.castAt().getEpochSecond());
            String ballotId = record.campaignId() + "#" + record.day() + "#" + record.voter();
            dynamodb.putObject("Keys").putObject("ballotId").put("S", ballotId);
            if (!record.removal()) {
                // the voter's earlier votes of the day are on both images; this vote only on the new one
                Map<String, String> earlier = new LinkedHashMap<>();
                for (int k = 1; k < record.voteOfDay(); k++) {
                    earlier.put("c:earlier-" + k, new BallotEntry(record.castAt().minusSeconds(k), k, VoteSignals.NONE).encoded());
                }
                ObjectNode newImage = ballotImage(dynamodb.putObject("NewImage"), record, ballotId, record.voteOfDay(), earlier);
                newImage.putObject("c:" + record.candidateId()).put("S", new BallotEntry(record.castAt(), 0, record.signals()).encoded());
                if (record.voteOfDay() > 1) {
                    ballotImage(dynamodb.putObject("OldImage"), record, ballotId, record.voteOfDay() - 1, earlier);
                }
            } else {
                ObjectNode identity = node.putObject("userIdentity");
                identity.put("type", "Service");
                identity.put("principalId", "dynamodb.amazonaws.com");
            }
            dynamodb.put("SequenceNumber", record.sequenceNumber());
            dynamodb.put("SizeBytes", 200);
            dynamodb.put("StreamViewType", "NEW_AND_OLD_IMAGES");
            node.put("eventSourceARN", STREAM_ARN);
        }
        ObjectNode window = event.putObject("window");
        window.put("start", "2026-11-21T08:00:00Z");
        window.put("end", "2026-11-21T08:15:00Z");
        event.putObject("state");
        event.put("shardId", shardId);
        event.put("eventSourceARN", STREAM_ARN);
        event.put("isFinalInvokeForWindow", false);
        event.put("isWindowTerminatedEarly", false);
        return Events.streamFromJson(event.toString());
    }

    /** A ballot image with {@code votes} votes cast, holding the given earlier votes. */
    private static ObjectNode ballotImage(ObjectNode image, StreamRecord record, String ballotId, int votes,
                                          Map<String, String> earlier) {
        image.putObject("ballotId").put("S", ballotId);
        image.putObject("cid").put("S", record.campaignId());
        image.putObject("d").put("S", record.day().toString());
        image.putObject("n").put("N", Integer.toString(votes));
        earlier.forEach((name, receipt) -> image.putObject(name).put("S", receipt));
        image.putObject("expiresAt").put("N", "1811635200");
        return image;
    }

    /** Sequence numbers as DynamoDB Streams writes them: long decimal strings that grow. */
    public static String sequenceNumber(long index) {
        return Long.toString(44_000_000_000_000_000L + index * 100) + "0000";
    }

    public static List<StreamRecord> slice(List<StreamRecord> records, int from, int to) {
        return new ArrayList<>(records.subList(from, to));
    }
}
