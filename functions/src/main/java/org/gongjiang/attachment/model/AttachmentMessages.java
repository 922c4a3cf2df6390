package org.gongjiang.attachment.model;

import org.gongjiang.platform.model.Message;

/**
 * The words of nominations' files, in Chinese and English, each under its key (the constant's name),
 * filled by {@link Message#text(Object...)}.
 */
public final class AttachmentMessages {

    public static final Message KIND_UNKNOWN = new Message("文件类别须为 photo（照片）或 document（证明材料）。",
            "The kind is photo or document.");
    public static final Message CONTENT_TYPE_UNKNOWN = new Message("文件类型须为 image/jpeg、image/png 或 application/pdf。",
            "The content type is image/jpeg, image/png or application/pdf.");
    public static final Message PHOTO_NOT_IMAGE = new Message("照片须为 JPEG 或 PNG 图片。",
            "A photo is a JPEG or PNG image.");
    public static final Message SIZE_RANGE = new Message("%s 文件大小须在 1 到 %d 字节之间。",
            "A %s is 1 to %d bytes.");
    public static final Message FILE_NAME_INVALID = new Message("文件名须为 1 到 200 个字符，不含路径或控制字符。",
            "The file name is 1 to 200 characters, with no path or control characters.");
    public static final Message TOO_MANY_DOCUMENTS_TITLE = new Message("证明材料已达上限",
            "Too many documents");
    public static final Message TOO_MANY_DOCUMENTS_DETAIL = new Message("一份提名最多附 %d 份证明材料。",
            "A nomination carries at most %d documents.");
    public static final Message NOT_AMENDABLE_TITLE = new Message("提名不能再修改",
            "Nomination can no longer be changed");
    public static final Message NOT_AMENDABLE_DETAIL = new Message("提名 %s 当前状态为 %s，只有推荐期内已提交（SUBMITTED）的提名才能添加文件。",
            "Nomination %s is %s; files are added only to a SUBMITTED nomination while nominations are open.");
    public static final Message ATTACHMENT_NOT_FOUND = new Message("提名 %s 没有文件 %s。",
            "Nomination %s has no file %s.");
    public static final Message PHOTO_NOT_FOUND = new Message("活动“%s”中 %s 没有公开的照片。",
            "Campaign '%s' has no public photo for %s.");
    public static final Message UPLOAD_MISSING_TITLE = new Message("文件尚未上传",
            "Nothing uploaded yet");
    public static final Message UPLOAD_MISSING_DETAIL = new Message("文件 %s 尚未上传，或上传链接已过期；请重新申请上传。",
            "File %s has not been uploaded, or its upload link expired; ask for a new upload.");
    public static final Message FILE_REFUSED_TITLE = new Message("文件未通过检查，已删除",
            "File refused and deleted");
    public static final Message REFUSED_SIZE = new Message("上传的文件为 %d 字节，与申请时声明的 %d 字节不符。",
            "The upload is %d bytes, not the %d declared.");
    public static final Message REFUSED_TYPE = new Message("文件内容不是声明的 %s（按文件内容判断，而非文件名）。",
            "The content is not the %s declared (judged by the content, not the file name).");
    public static final Message REFUSED_PDF = new Message("文件不是完整的 PDF（缺少 %%PDF- 开头或 %%%%EOF 结尾）。",
            "The file is not a whole PDF (no %%PDF- header or %%%%EOF trailer).");
    public static final Message REFUSED_PIXELS = new Message("图片为 %d×%d 像素，超过上限 %d 像素。",
            "The image is %d x %d pixels, above the limit of %d pixels.");
    public static final Message REFUSED_UNDECODABLE = new Message("图片无法解码。",
            "The image cannot be decoded.");

    private AttachmentMessages() {
    }
}
