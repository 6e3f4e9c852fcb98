package io.bastion.ingest.validation;

/**
 * Check digits of the two national codes: the citizen id number (GB 11643, ISO 7064 MOD 11-2)
 * and the unified social credit code (GB 32100, MOD 31 over its own 31-character alphabet).
 */
public final class CheckDigits
{
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    /** GB 32100's alphabet: digits and capitals without I, O, Z, S, V. */
    public static final String UNIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] UNIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CheckDigits() {}

    /** The check character for the first 17 digits of an id number. */
    public static char idNumberCheck(CharSequence first17)
    {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at " + i + ": " + first17);
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** The check character for the first 17 characters of a unified social credit code. */
    public static char unitCodeCheck(CharSequence first17)
    {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = UNIT_CODE_ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a code character at " + i + ": " + first17);
            }
            sum += value * UNIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return UNIT_CODE_ALPHABET.charAt(check);
    }

    /** True when the code has 18 characters of GB 32100's alphabet (the check digit not yet judged). */
    public static boolean isUnitCodeShaped(String code)
    {
        if (code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (UNIT_CODE_ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
