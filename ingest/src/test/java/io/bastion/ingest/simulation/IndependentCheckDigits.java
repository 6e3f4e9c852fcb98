package io.bastion.ingest.simulation;

/**
 * The two national check digits written again from the standards, so the test does not trust the
 * code it checks: GB 11643 (weights 2^(17-i) mod 11, check "10X98765432") and GB 32100 (weights
 * 3^i mod 31 over the 31-character alphabet).
 */
final class IndependentCheckDigits
{
    private static final String UNIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private IndependentCheckDigits() {}

    static boolean validIdNumber(String idNumber)
    {
        if (idNumber == null || !idNumber.matches("\\d{17}[\\dX]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (int) (Math.pow(2, 17 - i) % 11);
            sum += (idNumber.charAt(i) - '0') * weight;
        }
        return "10X98765432".charAt(sum % 11) == idNumber.charAt(17);
    }

    static boolean validUnitCode(String code)
    {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            int value = UNIT_ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        int check = (31 - sum % 31) % 31;
        return UNIT_ALPHABET.charAt(check) == code.charAt(17);
    }
}
