package org.gongjiang.attachment.model;

/** PENDING: a pre-signed upload was issued, nothing checked yet; STORED: the content passed the check. */
public enum AttachmentStatus {
    PENDING, STORED
}
