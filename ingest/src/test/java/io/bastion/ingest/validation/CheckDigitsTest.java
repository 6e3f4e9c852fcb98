package io.bastion.ingest.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckDigitsTest
{
    @Test
    void idNumberCheckMatchesTheStandardsOwnExample()
    {
        // GB 11643-1999, appendix: 11010519491231002X
        assertThat(CheckDigits.idNumberCheck("11010519491231002")).isEqualTo('X');
        // Worked by hand: 4*7+4*9+0*10+5*5+2*8+4*4+1*2+8*1+8*6+0*3+0*7+1*9+0*10+1*5+0*8+0*4+1*2 = 195; 195 mod 11 = 8 -> '4'
        assertThat(CheckDigits.idNumberCheck("44052418800101001")).isEqualTo('4');
    }

    @Test
    void unitCodeCheckMatchesPublishedCodes()
    {
        // Published unified social credit codes (from public business licences).
        assertThat(CheckDigits.unitCodeCheck("91350100M000100Y4")).isEqualTo('3');
        assertThat(CheckDigits.unitCodeCheck("91110000802100433")).isEqualTo('B');
    }

    @Test
    void unitCodeShapeRejectsLettersOutsideTheAlphabet()
    {
        assertThat(CheckDigits.isUnitCodeShaped("91350100M000100Y43")).isTrue();
        assertThat(CheckDigits.isUnitCodeShaped("91350100M000100I43")).isFalse();
        assertThat(CheckDigits.isUnitCodeShaped("9135010")).isFalse();
    }
}
