package dev.tracking.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class AttachmentApiTest extends ApiTestSupport {

    private static final byte[] PDF = "%PDF-1.7\nCommercial invoice 4711\n%%EOF".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void fileTypes() throws Exception {
        commercialInvoice();
        fileType("TINY_NOTE", "txt", "text/plain", 16);
        fileType("ANY_DOC", "bin", "", 10 * 1024 * 1024);
    }

    private ResultActions upload(String mawbId, MockMultipartFile file, String fileType, RequestPostProcessor user)
            throws Exception {
        var request = multipart(BASE + "/mawbs/" + mawbId + "/attachments").file(file).with(user);
        if (fileType != null) {
            request.param("fileType", fileType);
        }
        return mvc.perform(request);
    }

    private static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("file", name, "application/pdf", PDF);
    }

    @Test
    void uploads_lists_and_downloads_a_document_byte_for_byte() throws Exception {
        String mawbId = createMawbId();
        ResultActions uploaded = upload(mawbId, pdf("invoice-4711.pdf"), "commercial_invoice", admin())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileType").value("COMMERCIAL_INVOICE"))
                .andExpect(jsonPath("$.fileName").value("invoice-4711.pdf"))
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(PDF.length))
                .andExpect(jsonPath("$.sha256").value(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(PDF))))
                .andExpect(jsonPath("$.owner.kind").value("MAWB"))
                .andExpect(jsonPath("$.uploadedBy").value("anna"))
                .andExpect(jsonPath("$.storageKey").doesNotExist());
        String id = JsonPath.read(body(uploaded), "$.id");
        assertThat(headerOf(uploaded, HttpHeaders.LOCATION)).endsWith(BASE + "/attachments/" + id);
        mvc.perform(get(BASE + "/mawbs/" + mawbId + "/attachments").with(viewer()))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].contentUrl").value(BASE + "/attachments/" + id + "/content"));
        mvc.perform(get(BASE + "/attachments/" + id).with(viewer())).andExpect(jsonPath("$.id").value(id));
        byte[] downloaded = mvc.perform(get(BASE + "/attachments/" + id + "/content").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().longValue(HttpHeaders.CONTENT_LENGTH, PDF.length))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.containsString("invoice-4711.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)) + "\"";
        mvc.perform(get(BASE + "/attachments/" + id + "/content").with(viewer())
                        .header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void uploads_to_a_hawb() throws Exception {
        String hawbId = createHawbId(createMawbId(), "HAM77");
        mvc.perform(multipart(BASE + "/hawbs/" + hawbId + "/attachments").file(pdf("hawb.pdf"))
                        .param("fileType", "COMMERCIAL_INVOICE").with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.owner.kind").value("HAWB"))
                .andExpect(jsonPath("$.owner.id").value(hawbId));
        mvc.perform(get(BASE + "/hawbs/" + hawbId + "/attachments").with(viewer()))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].fileName").value("hawb.pdf"));
    }

    @Test
    void answers_413_when_the_file_is_larger_than_its_file_type_allows() throws Exception {
        String mawbId = createMawbId();
        Set<String> before = storage.held();
        upload(mawbId, new MockMultipartFile("file", "note.txt", "text/plain", new byte[17]), "TINY_NOTE", admin())
                .andExpect(problem(413, "payload-too-large"))
                .andExpect(jsonPath("$.maxBytes").value(16));
        assertThat(storage.held()).isEqualTo(before);
    }

    @Test
    void answers_413_when_the_file_is_larger_than_the_server_allows() throws Exception {
        String mawbId = createMawbId();
        byte[] big = new byte[1024 * 1024 + 1];
        upload(mawbId, new MockMultipartFile("file", "big.pdf", "application/pdf", big), "COMMERCIAL_INVOICE",
                admin())
                .andExpect(problem(413, "payload-too-large"))
                .andExpect(jsonPath("$.maxBytes").value(1024 * 1024));
    }

    @Test
    void answers_415_for_a_media_type_the_file_type_does_not_take() throws Exception {
        String mawbId = createMawbId();
        Set<String> before = storage.held();
        upload(mawbId, new MockMultipartFile("file", "invoice.pdf", "application/x-msdownload", PDF),
                "COMMERCIAL_INVOICE", admin())
                .andExpect(problem(415, "unsupported-media-type"))
                .andExpect(jsonPath("$.supportedMediaTypes", hasItem("application/pdf")));
        assertThat(storage.held()).isEqualTo(before);
    }

    @Test
    void refuses_a_wrong_extension_and_leaves_no_bytes_behind() throws Exception {
        String mawbId = createMawbId();
        Set<String> before = storage.held();
        upload(mawbId, new MockMultipartFile("file", "invoice.exe", "application/pdf", PDF), "COMMERCIAL_INVOICE",
                admin())
                .andExpect(invalid("file"));
        assertThat(storage.held()).isEqualTo(before);
    }

    @Test
    void deletes_the_stored_bytes_when_the_metadata_is_refused() throws Exception {
        Set<String> before = storage.held();
        upload(UUID.randomUUID().toString(), pdf("invoice.pdf"), "COMMERCIAL_INVOICE", admin())
                .andExpect(problem(404, "not-found"));
        upload(UUID.randomUUID().toString(), new MockMultipartFile("file", "x.bin", null, PDF), "ANY_DOC", admin())
                .andExpect(problem(404, "not-found"));
        assertThat(storage.held()).isEqualTo(before);
    }

    @Test
    void names_bad_upload_fields() throws Exception {
        String mawbId = createMawbId();
        upload(mawbId, pdf("invoice.pdf"), "NO_SUCH_TYPE", admin()).andExpect(invalid("fileType"));
        upload(mawbId, pdf("invoice.pdf"), null, admin()).andExpect(invalid("fileType"));
        upload(mawbId, new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]),
                "COMMERCIAL_INVOICE", admin()).andExpect(invalid("file"));
        mvc.perform(multipart(BASE + "/mawbs/" + mawbId + "/attachments").param("fileType", "COMMERCIAL_INVOICE")
                .with(admin())).andExpect(invalid("file"));
        mvc.perform(post(BASE + "/mawbs/" + mawbId + "/attachments").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(problem(415, "unsupported-media-type"));
    }

    @Test
    void answers_403_before_storing_anything_for_a_user_without_attachments_write() throws Exception {
        String mawbId = createMawbId();
        Set<String> before = storage.held();
        upload(mawbId, pdf("invoice.pdf"), "COMMERCIAL_INVOICE", viewer())
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("attachments.write"));
        assertThat(storage.held()).isEqualTo(before);
    }

    @Test
    void lets_a_user_upload_who_may_not_read_file_types() throws Exception {
        String mawbId = createMawbId();
        upload(mawbId, pdf("invoice.pdf"), "COMMERCIAL_INVOICE", uploader()).andExpect(status().isCreated());
        upload(mawbId, new MockMultipartFile("file", "note.txt", "text/plain", new byte[17]), "TINY_NOTE",
                uploader()).andExpect(problem(413, "payload-too-large"));
        upload(mawbId, new MockMultipartFile("file", "invoice.pdf", "text/html", PDF), "COMMERCIAL_INVOICE",
                uploader()).andExpect(problem(415, "unsupported-media-type"));
    }

    @Test
    void answers_404_for_unknown_attachments_and_403_without_attachments_read() throws Exception {
        getAsAdmin(BASE + "/attachments/" + UUID.randomUUID() + "/content").andExpect(problem(404, "not-found"));
        getAsAdmin(BASE + "/attachments/" + UUID.randomUUID()).andExpect(problem(404, "not-found"));
        getAsAdmin(BASE + "/mawbs/" + UUID.randomUUID() + "/attachments").andExpect(problem(404, "not-found"));
        String mawbId = createMawbId();
        String id = JsonPath.read(body(upload(mawbId, pdf("invoice.pdf"), "COMMERCIAL_INVOICE", admin())), "$.id");
        mvc.perform(get(BASE + "/attachments/" + id + "/content").with(uploader()))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("attachments.read"));
    }
}
