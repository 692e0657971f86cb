package dev.tracking.core.domain.mawb;

import java.util.Objects;

/**
 * Which parts of a MAWB the list's {@link MawbCriteria#text() text} can possibly match, judged from the formats the
 * schema enforces: an AWB number is {@code ddd-dddddddd} (11 digits without the dash), a HAWB number 1 to 12 capital
 * letters and digits, a consignee's name anything. A repository may leave out the conditions that cannot hold (an
 * index would be read for each): the rows are the same as when it matches every part. Case is ignored as the
 * criterion says; lowering a character that is not a letter never gives a letter or a digit, so only letters are
 * given the benefit of the doubt.
 *
 * @param text            the criterion's text
 * @param awbNumber       the text may be a substring of an AWB number: digits and dashes only, at most 12
 * @param awbNumberPrefix the text is an AWB number's start with its dash ({@code 176-1234}: three digits, the dash,
 *                        up to eight digits), so it can only match from the number's first character: a prefix
 * @param awbDigits       the text may be a substring of an AWB number without its dash: digits only, at most 11
 * @param hawbNumber      the text may be a substring of a HAWB number: letters and digits only (at most 12 when
 *                        they are all ASCII)
 */
public record MawbTextScope(String text, boolean awbNumber, boolean awbNumberPrefix, boolean awbDigits,
        boolean hawbNumber) {

    public MawbTextScope {
        Objects.requireNonNull(text, "text");
    }

    /** The scope of a criterion's text (as {@link MawbCriteria} keeps it: stripped, not blank). */
    public static MawbTextScope of(String text) {
        Objects.requireNonNull(text, "text");
        boolean digitsAndDashes = !text.isEmpty();
        boolean digits = !text.isEmpty();
        boolean lettersAndDigits = !text.isEmpty();
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean asciiLetter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            digitsAndDashes &= digit || c == '-';
            digits &= digit;
            lettersAndDigits &= digit || asciiLetter || Character.isLetter(c);
            ascii &= c < 128;
        }
        boolean awbNumber = digitsAndDashes && text.length() <= 12;
        boolean prefix = awbNumber && text.length() >= 4 && text.indexOf('-') == 3 && text.lastIndexOf('-') == 3;
        return new MawbTextScope(text, awbNumber, prefix, digits && text.length() <= 11,
                lettersAndDigits && (!ascii || text.length() <= 12));
    }
}
