package dev.tracking.sample.boot;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A one-page PDF with a few lines of text: a demo document that opens in any viewer. */
final class DemoPdf {

    private DemoPdf() {
    }

    /** A PDF showing {@code title} and {@code lines} (ASCII; other characters become '?'). */
    static byte[] of(String title, List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 18 Tf 56 780 Td (").append(escape(title)).append(") Tj ET\n");
        int y = 744;
        for (String line : lines) {
            text.append("BT /F1 11 Tf 56 ").append(y).append(" Td (").append(escape(line)).append(") Tj ET\n");
            y -= 16;
        }
        text.append("BT /F1 9 Tf 56 40 Td (Demo document of the tracking sample - not a real shipment) Tj ET\n");
        byte[] stream = text.toString().getBytes(StandardCharsets.US_ASCII);

        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                        + "/Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + stream.length + " >>\nstream\n" + new String(stream, StandardCharsets.US_ASCII)
                        + "endstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(pdf, table.toString());
        return pdf.toByteArray();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 32 || c > 126) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
