package org.gongjiang.attachment.dynamodb;

import java.util.function.BiPredicate;
import org.gongjiang.attachment.application.AttachmentExpiry;
import org.gongjiang.attachment.application.AttachmentService;
import org.gongjiang.attachment.s3.S3ObjectStore;
import org.gongjiang.campaign.dynamodb.CampaignWiring;
import org.gongjiang.nomination.dynamodb.NominationWiring;
import org.gongjiang.platform.aws.Wiring;

/** The attachment capability's real collaborators: NominationsTable for the records, the attachments bucket for the bytes. */
public final class AttachmentWiring {

    private AttachmentWiring() {
    }

    public static AttachmentService attachmentService() {
        return new AttachmentService(CampaignWiring.campaigns(), NominationWiring.nominationReader(), NominationWiring.nominations(),
                new DynamoAttachmentStore(Wiring.dynamo(), Wiring.table(Wiring.NOMINATIONS_TABLE)),
                objects(), Wiring.clock());
    }

    /** Whether a nomination has a checked photo (read from its records, never the bucket): for the ballot and the notice. */
    public static BiPredicate<String, String> checkedPhotos() {
        DynamoAttachmentStore store = new DynamoAttachmentStore(Wiring.dynamo(), Wiring.table(Wiring.NOMINATIONS_TABLE));
        return (campaignId, nominationId) -> AttachmentService.hasCheckedPhoto(store, campaignId, nominationId);
    }

    /** For the stream consumer that deletes the files of removed attachment records: the bucket only. */
    public static AttachmentExpiry expiry() {
        return new AttachmentExpiry(objects());
    }

    private static S3ObjectStore objects() {
        return new S3ObjectStore(Wiring.s3(), Wiring.table(Wiring.ATTACHMENTS_BUCKET), Wiring.clock());
    }
}
