package org.gongjiang.local.emulator.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.gongjiang.local.emulator.http.HttpFront;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * Builds the JSON event Lambda sends for a batch of DynamoDB stream records, field for field as
 * documented for DynamoDB event sources (with the tumbling-window members), and nothing more: the
 * function must never depend on something AWS does not send.
 */
public final class StreamEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamEvents() {
    }

    /** A tumbling-window invocation (records may be empty for the window's final invocation). */
    public static String windowEvent(List<Record> records, String streamArn, String shardId, Instant windowStart,
                              Instant windowEnd, Map<String, String> state, boolean finalInvoke) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode array = event.putArray("Records");
        records.forEach(record -> array.add(record(record, streamArn)));
        ObjectNode window = event.putObject("window");
        window.put("start", windowStart.toString());
        window.put("end", windowEnd.toString());
        ObjectNode stateNode = event.putObject("state");
        state.forEach(stateNode::put);
        event.put("shardId", shardId);
        event.put("eventSourceARN", streamArn);
        event.put("isFinalInvokeForWindow", finalInvoke);
        event.put("isWindowTerminatedEarly", false);
        return HttpFront.json(event);
    }

    /** A plain stream invocation (no tumbling window): only the records. */
    public static String plainEvent(List<Record> records, String streamArn) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode array = event.putArray("Records");
        records.forEach(record -> array.add(record(record, streamArn)));
        return HttpFront.json(event);
    }

    public static ObjectNode record(Record record, String streamArn) {
        ObjectNode node = JSON.createObjectNode();
        node.put("eventID", record.eventID());
        node.put("eventName", record.eventNameAsString());
        node.put("eventVersion", record.eventVersion());
        node.put("eventSource", "aws:dynamodb");
        node.put("awsRegion", record.awsRegion());
        StreamRecord change = record.dynamodb();
        ObjectNode dynamodb = node.putObject("dynamodb");
        if (change.approximateCreationDateTime() != null) {
            dynamodb.put("ApproximateCreationDateTime", change.approximateCreationDateTime().getEpochSecond());
        }
        dynamodb.set("Keys", image(change.keys()));
        if (change.hasNewImage()) {
            dynamodb.set("NewImage", image(change.newImage()));
        }
        if (change.hasOldImage()) {
            dynamodb.set("OldImage", image(change.oldImage()));
        }
        dynamodb.put("SequenceNumber", change.sequenceNumber());
        dynamodb.put("SizeBytes", change.sizeBytes());
        dynamodb.put("StreamViewType", change.streamViewTypeAsString());
        if (record.userIdentity() != null) {
            // only on deletions made by TTL
            ObjectNode identity = node.putObject("userIdentity");
            identity.put("type", record.userIdentity().type());
            identity.put("principalId", record.userIdentity().principalId());
        }
        node.put("eventSourceARN", streamArn);
        return node;
    }

    private static ObjectNode image(Map<String, AttributeValue> item) {
        ObjectNode node = JSON.createObjectNode();
        item.forEach((name, value) -> node.set(name, value(value)));
        return node;
    }

    private static ObjectNode value(AttributeValue value) {
        ObjectNode node = JSON.createObjectNode();
        switch (value.type()) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case B -> node.put("B", base64(value.b()));
            case SS -> value.ss().forEach(node.putArray("SS")::add);
            case NS -> value.ns().forEach(node.putArray("NS")::add);
            case BS -> value.bs().forEach(b -> node.withArray("BS").add(base64(b)));
            case M -> node.set("M", image(value.m()));
            case L -> value.l().forEach(v -> node.withArray("L").add(value(v)));
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            default -> throw new IllegalArgumentException("unknown attribute type " + value.type());
        }
        return node;
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
