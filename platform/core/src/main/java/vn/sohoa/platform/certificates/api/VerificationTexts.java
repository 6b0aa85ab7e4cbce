package vn.sohoa.platform.certificates.api;

/** The words of the verification page in one language: Vietnamese unless {@code ?lang=en} asks for English. */
record VerificationTexts(String lang, String title, String valid, String revoked, String unknown, String unknownHint,
                         String holder, String course, String issuer, String issuedOn, String serial,
                         String otherLanguage, String otherLang) {

    private static final VerificationTexts VI = new VerificationTexts("vi", "Kiểm tra chứng nhận",
            "Chứng nhận hợp lệ", "Chứng nhận đã bị thu hồi", "Không tìm thấy chứng nhận",
            "Hãy kiểm tra lại số hiệu in trên chứng nhận.", "Người được cấp", "Khóa học", "Đơn vị cấp",
            "Ngày cấp", "Số hiệu", "English", "en");
    private static final VerificationTexts EN = new VerificationTexts("en", "Certificate verification",
            "Valid certificate", "This certificate has been revoked", "No such certificate",
            "Please check the serial printed on the certificate.", "Holder", "Course", "Issued by",
            "Date of issue", "Serial", "Tiếng Việt", "vi");

    static VerificationTexts of(String lang) {
        return "en".equalsIgnoreCase(lang) ? EN : VI;
    }

    /** The same page in the other language, as a link relative to this one. */
    String otherLanguageLink() {
        return "?lang=" + otherLang;
    }
}
