package org.gongjiang.attachment.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.TimeWindowEventResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.attachment.application.AttachmentExpiry;
import org.gongjiang.attachment.dynamodb.AttachmentStreamRecords;
import org.gongjiang.attachment.dynamodb.AttachmentWiring;
import org.gongjiang.attachment.model.Attachment;
import org.gongjiang.platform.handler.FunctionLog;

/**
 * The nominations stream's second consumer: when an attachment's record is removed (by TTL, with the
 * nominee's personal data), its objects in the bucket are deleted. Deleting is idempotent, so a
 * redelivered batch does no harm; a failed record is reported so that Lambda retries from it. The
 * mapping's tumbling window is there only because every stream mapping of the stack has one (the
 * counters need the shard id it brings); no state is kept.
 */
public final class ExpireAttachmentsHandler implements RequestHandler<DynamodbTimeWindowEvent, TimeWindowEventResponse> {

    private final AttachmentExpiry expiry;

    public ExpireAttachmentsHandler() {
        this(AttachmentWiring.expiry());
    }

    public ExpireAttachmentsHandler(AttachmentExpiry expiry) {
        this.expiry = expiry;
    }

    @Override
    public TimeWindowEventResponse handleRequest(DynamodbTimeWindowEvent event, Context context) {
        List<DynamodbStreamRecord> records = event.getRecords() == null ? List.of() : event.getRecords();
        int deleted = 0;
        for (DynamodbStreamRecord record : records) {
            Optional<Attachment> removed = AttachmentStreamRecords.removed(record.getEventName(), record.getDynamodb().getOldImage());
            if (removed.isEmpty()) {
                continue;
            }
            try {
                expiry.forget(removed.get());
                deleted++;
            } catch (RuntimeException e) {
                FunctionLog.error(context, "the files of attachment " + removed.get().attachmentId() + " were not deleted; "
                        + "reporting its record as the first failed one so Lambda retries from there", e);
                return response(List.of(record.getDynamodb().getSequenceNumber()), deleted, context);
            }
        }
        return response(List.of(), deleted, context);
    }

    private static TimeWindowEventResponse response(List<String> failed, int deleted, Context context) {
        if (deleted > 0) {
            FunctionLog.info(context, "deleted the files of " + deleted + " removed attachments");
        }
        return TimeWindowEventResponse.builder()
                .withState(Map.of())
                .withBatchItemFailures(failed.stream()
                        .map(id -> TimeWindowEventResponse.BatchItemFailure.builder().withItemIdentifier(id).build())
                        .toList())
                .build();
    }
}
