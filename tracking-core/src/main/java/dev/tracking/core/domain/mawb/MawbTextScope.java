package dev.tracking.core.domain.mawb;

import java.util.Objects;

/**
 * Which parts of a MAWB the list's {@link MawbCriteria#text() text} can possibly match, and how, judged from the
 * formats the schema enforces: an AWB number is {@code ddd-dddddddd} (so its longest run of digits is 8, and without
 * the dash it is 11 digits), a HAWB number 1 to 12 capital letters and digits, a consignee's name anything. A
 * repository may leave out the conditions that cannot hold and ask for a prefix where only a prefix can match (an
 * index would be read for each condition): the rows are the same as when it matches every part as a substring. Case
 * is ignored as the criterion says; lowering a character that is not a letter never gives a letter or a digit, so only
 * letters are given the benefit of the doubt.
 *
 * @param text            the criterion's text
 * @param awbNumberPrefix how the AWB number must start for the text to be in it, when that is the only way: the text
 *                        itself for three digits, the dash and up to eight digits ({@code 176-1234}); the number with
 *                        its dash for eleven digits ({@code 17612345675}); else null
 * @param awbNumber       otherwise, the text may be a substring of the AWB number with its dash: it has one dash,
 *                        with at most two digits before it ({@code 6-1234}); a text of digits only is in the number
 *                        with its dash only where it is in the number without it
 * @param awbDigits       otherwise, the text may be a substring of the AWB number without its dash: 1 to 10 digits
 * @param hawbNumber      the text may be a substring of a HAWB number: letters and digits only (at most 12 when
 *                        they are all ASCII)
 */
public record MawbTextScope(String text, String awbNumberPrefix, boolean awbNumber, boolean awbDigits,
        boolean hawbNumber) {

    public MawbTextScope {
        Objects.requireNonNull(text, "text");
    }

    /** The scope of a criterion's text (as {@link MawbCriteria} keeps it: stripped, not blank). */
    public static MawbTextScope of(String text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        int digitCount = 0;
        int dashes = 0;
        boolean lettersAndDigits = length > 0;
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean asciiLetter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            digitCount += digit ? 1 : 0;
            dashes += c == '-' ? 1 : 0;
            lettersAndDigits &= digit || asciiLetter || Character.isLetter(c);
            ascii &= c < 128;
        }
        boolean digitsOnly = length > 0 && digitCount == length;
        int dash = text.indexOf('-');
        boolean dashedNumberPart = dashes == 1 && digitCount == length - 1 && dash <= 3 && length - dash - 1 <= 8;
        String prefix = null;
        if (dashedNumberPart && dash == 3) {
            prefix = text;
        } else if (digitsOnly && length == 11) {
            prefix = text.substring(0, 3) + "-" + text.substring(3);
        }
        return new MawbTextScope(text, prefix, dashedNumberPart && dash < 3, digitsOnly && length <= 10,
                lettersAndDigits && (!ascii || length <= 12));
    }
}
