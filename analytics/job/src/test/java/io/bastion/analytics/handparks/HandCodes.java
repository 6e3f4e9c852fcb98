package io.bastion.analytics.handparks;

/**
 * Unified social credit codes for the hand parks. Their check characters (GB 32100, MOD 31), like those of the id
 * numbers written next to each person in the tests (GB 11643, ISO 7064 MOD 11-2; the 17th digit odd for men), were
 * computed with an independent Python script, not with the code under test:
 * <pre>
 * ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
 * unit = lambda c: c + ALPHA[(31 - sum(ALPHA.index(x) * pow(3, i, 31) for i, x in enumerate(c)) % 31) % 31]
 * idn = lambda c: c + "10X98765432"[sum(int(x) * (2 ** (17 - i) % 11) for i, x in enumerate(c)) % 11]
 * </pre>
 * The script gives TinyPark's codes (91320500MA1XYR001X, 320501199003071234) back, which checks it.
 */
final class HandCodes
{
    static final String UNIT_1 = "91320500HPC000001P";
    static final String UNIT_2 = "91320500HPC000002T";
    static final String UNIT_3 = "91320500HPC000003X";
    static final String UNIT_4 = "91320500HPC0000041";
    static final String UNIT_5 = "91320500HPC0000054";
    static final String UNIT_6 = "91320500HPC0000067";
    static final String UNIT_7 = "91320500HPC000007A";
    static final String UNIT_8 = "91320500HPC000008D";

    private HandCodes() {}
}
