package io.bastion.ingest.simulation;

import io.bastion.ingest.validation.CheckDigits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Makes the codes of the simulated park: valid ones, and deliberately wrong ones for the bad rows. */
final class Codes
{
    private static final String ALPHABET = CheckDigits.UNIT_CODE_ALPHABET;
    private static final String ID_CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<String> ID_REGIONS = List.of(
            "320502", "320505", "320506", "320507", "320508", "320581", "320582", "320583",
            "340102", "370102", "410105", "420106", "510104", "130102", "360102", "430102");

    private Codes() {}

    /**
     * A unified social credit code unique to (park, serial): the category prefix, region 3205,
     * the park's number, the serial in base 31, random filler, and the GB 32100 check character.
     */
    static String unitCode(UnitCategory category, int park, int serial, Dice dice)
    {
        StringBuilder code = new StringBuilder(category.codePrefix())
                .append("3205")
                .append(twoCharacters(park));
        int rest = serial;
        for (int i = 0; i < 4; i++) {
            code.append(ALPHABET.charAt(rest % ALPHABET.length()));
            rest /= ALPHABET.length();
        }
        while (code.length() < 17) {
            code.append(ALPHABET.charAt(dice.between(0, ALPHABET.length() - 1)));
        }
        return code.append(CheckDigits.unitCodeCheck(code)).toString();
    }

    /** A valid code that no registry file ever lists: region 4403 is outside the simulated parks. */
    static String unknownUnitCode(Dice dice)
    {
        StringBuilder code = new StringBuilder("914403");
        while (code.length() < 17) {
            code.append(ALPHABET.charAt(dice.between(0, ALPHABET.length() - 1)));
        }
        return code.append(CheckDigits.unitCodeCheck(code)).toString();
    }

    /** The same code with another check character. */
    static String withWrongUnitCheck(String code, Dice dice)
    {
        return withWrongCheck(code, ALPHABET, dice);
    }

    /** A GB 11643 id number: region, birth date, sequence (its last digit odd for men), check character. */
    static String idNumber(LocalDate birthDate, boolean male, Dice dice)
    {
        int genderDigit = dice.between(0, 4) * 2 + (male ? 1 : 0);
        String first17 = dice.pick(ID_REGIONS) + birthDate.format(COMPACT_DATE) + dice.between(10, 99) + genderDigit;
        return first17 + CheckDigits.idNumberCheck(first17);
    }

    static String withWrongIdCheck(String idNumber, Dice dice)
    {
        return withWrongCheck(idNumber, ID_CHECK_CHARACTERS, dice);
    }

    /** An 18-character code whose last (check) character is replaced by another from the alphabet. */
    private static String withWrongCheck(String code, String alphabet, Dice dice)
    {
        char right = code.charAt(17);
        char wrong;
        do {
            wrong = alphabet.charAt(dice.between(0, alphabet.length() - 1));
        }
        while (wrong == right);
        return code.substring(0, 17) + wrong;
    }

    static String organizationCode(int park, char kind, int serial)
    {
        return String.format("P%02d%c%04d", park, kind, serial);
    }

    static String personNumber(int park, int serial)
    {
        return String.format("RY%03d%06d", park, serial);
    }

    private static String twoCharacters(int park)
    {
        int index = park - 1;
        return "" + ALPHABET.charAt(index / ALPHABET.length()) + ALPHABET.charAt(index % ALPHABET.length());
    }
}
