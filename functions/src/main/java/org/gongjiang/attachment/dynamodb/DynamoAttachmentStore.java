package org.gongjiang.attachment.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.attachment.application.AttachmentStore;
import org.gongjiang.attachment.model.Attachment;
import org.gongjiang.attachment.model.AttachmentKind;
import org.gongjiang.attachment.model.AttachmentStatus;
import org.gongjiang.attachment.model.FileType;
import org.gongjiang.nomination.dynamodb.NominationKeys;
import org.gongjiang.platform.dynamodb.Attributes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Attachments in NominationsTable, in the nomination's own partition beside its audit trail:
 * {@code pk = nomination#<cid>#<nid>}, {@code sk = attachment#<attachmentId>}, with the nomination's
 * {@code expiresAt} (TTL), so that a file's record goes when the nominee's personal data go; its
 * removal on the table's stream is what deletes the file (ExpireAttachmentsFunction).
 */
public final class DynamoAttachmentStore implements AttachmentStore {

    public static final String ATTACHMENT_PREFIX = "attachment#";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoAttachmentStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    static Map<String, AttributeValue> key(String campaignId, String nominationId, String attachmentId) {
        return Map.of(NominationKeys.PARTITION_KEY, Attributes.s(NominationKeys.nominationPartition(campaignId, nominationId)),
                NominationKeys.SORT_KEY, Attributes.s(ATTACHMENT_PREFIX + attachmentId));
    }

    static Map<String, AttributeValue> toItem(Attachment attachment) {
        Map<String, AttributeValue> item = new HashMap<>(key(attachment.campaignId(), attachment.nominationId(), attachment.attachmentId()));
        item.put("campaignId", Attributes.s(attachment.campaignId()));
        item.put("nominationId", Attributes.s(attachment.nominationId()));
        item.put("attachmentId", Attributes.s(attachment.attachmentId()));
        item.put("kind", Attributes.s(attachment.kind().name()));
        item.put("contentType", Attributes.s(attachment.type().mediaType()));
        item.put("declaredSize", Attributes.n(attachment.declaredSize()));
        item.put("fileName", Attributes.s(attachment.fileName()));
        item.put("status", Attributes.s(attachment.status().name()));
        item.put("size", Attributes.n(attachment.size()));
        item.put("createdBy", Attributes.s(attachment.createdBy()));
        item.put("createdAt", Attributes.s(attachment.createdAt().toString()));
        attachment.checkedAt().ifPresent(at -> item.put("checkedAt", Attributes.s(at.toString())));
        item.put("expiresAt", Attributes.n(attachment.expiresAt().getEpochSecond()));
        return item;
    }

    public static Attachment fromItem(Map<String, AttributeValue> item) {
        return new Attachment(Attributes.string(item, "campaignId"), Attributes.string(item, "nominationId"),
                Attributes.string(item, "attachmentId"), AttachmentKind.valueOf(Attributes.string(item, "kind")),
                FileType.fromMediaType(Attributes.string(item, "contentType")).orElseThrow(),
                Attributes.number(item, "declaredSize"), Attributes.string(item, "fileName"),
                AttachmentStatus.valueOf(Attributes.string(item, "status")), Attributes.numberOrZero(item, "size"),
                Attributes.string(item, "createdBy"), Instant.parse(Attributes.string(item, "createdAt")),
                Attributes.optionalString(item, "checkedAt").map(Instant::parse),
                Instant.ofEpochSecond(Attributes.number(item, "expiresAt")));
    }

    /** The campaign and nomination an attachment item (as the stream shows it) belongs to, if it is one. */
    public static Optional<String[]> nominationOf(Map<String, AttributeValue> keysOrImage) {
        AttributeValue sk = keysOrImage.get(NominationKeys.SORT_KEY);
        AttributeValue pk = keysOrImage.get(NominationKeys.PARTITION_KEY);
        if (sk == null || pk == null || sk.s() == null || !sk.s().startsWith(ATTACHMENT_PREFIX) || pk.s() == null) {
            return Optional.empty();
        }
        String[] parts = pk.s().split("#");
        return parts.length == 3 && parts[0].equals("nomination") ? Optional.of(new String[] {parts[1], parts[2]}) : Optional.empty();
    }

    @Override
    public void create(Attachment attachment) {
        dynamo.putItem(b -> b.tableName(table).item(toItem(attachment))
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", NominationKeys.PARTITION_KEY)));
    }

    @Override
    public Optional<Attachment> find(String campaignId, String nominationId, String attachmentId) {
        var response = dynamo.getItem(b -> b.tableName(table).key(key(campaignId, nominationId, attachmentId)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(fromItem(response.item())) : Optional.empty();
    }

    @Override
    public List<Attachment> list(String campaignId, String nominationId) {
        List<Attachment> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(b -> b.tableName(table).consistentRead(true)
                    .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                    .expressionAttributeNames(Map.of("#pk", NominationKeys.PARTITION_KEY, "#sk", NominationKeys.SORT_KEY))
                    .expressionAttributeValues(Map.of(":pk", Attributes.s(NominationKeys.nominationPartition(campaignId, nominationId)),
                            ":prefix", Attributes.s(ATTACHMENT_PREFIX)))
                    .exclusiveStartKey(from));
            page.items().forEach(item -> found.add(fromItem(item)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return found;
    }

    @Override
    public boolean markStored(Attachment stored) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(toItem(stored))
                    .conditionExpression("#status = :pending")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":pending", Attributes.s(AttachmentStatus.PENDING.name()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void delete(Attachment attachment) {
        dynamo.deleteItem(b -> b.tableName(table).key(key(attachment.campaignId(), attachment.nominationId(), attachment.attachmentId())));
    }
}
