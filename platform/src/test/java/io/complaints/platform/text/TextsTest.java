package io.complaints.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void blankIsJudgedByUnicode() {
        assertThat(Texts.hasText("\u3000\u2003\u00A0\u200B\uFEFF \t\n")).isFalse();
        assertThat(Texts.hasText("")).isFalse();
        assertThat(Texts.hasText(null)).isFalse();
        assertThat(Texts.hasText("\u3000张\u3000")).isTrue();
    }

    @Test
    void cleaningDropsInvisibleEndsAndKeepsTheInside() {
        assertThat(Texts.clean("\u3000\u00A0 张 三\u200B\n")).isEqualTo("张 三");
        assertThat(Texts.clean("\u3000")).isNull();
        assertThat(Texts.clean("line one\nline two")).isEqualTo("line one\nline two");
    }

    @Test
    void controlCharactersAndDirectionOverridesAreForbidden() {
        assertThat(Texts.firstForbidden("a\u0000b")).isEqualTo(1);
        assertThat(Texts.firstForbidden("\u001b[2J")).isZero();
        assertThat(Texts.firstForbidden("abc\u0085")).isEqualTo(3);
        assertThat(Texts.firstForbidden("file\u202Egnp.exe")).isEqualTo(4);
        assertThat(Texts.firstForbidden("two\r\nlines\tand a tab")).isEqualTo(-1);
    }
}
