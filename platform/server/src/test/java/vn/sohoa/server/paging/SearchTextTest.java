package vn.sohoa.server.paging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.sohoa.platform.paging.SearchText;

/** A search typed on a phone without Vietnamese input finds the name written with its diacritics. */
class SearchTextTest {

    @Test
    void case_and_diacritics_do_not_matter_and_d_stands_for_đ() {
        assertThat(SearchText.contains("Tỉnh Hà Giang", "ha giang")).isTrue();
        assertThat(SearchText.contains("Phường Đồng Xuân", "DONG XUAN")).isTrue();
        assertThat(SearchText.contains("Xã Vị Thanh", "  vị thanh ")).isTrue();
    }

    @Test
    void other_words_do_not_match_and_a_blank_search_matches_everything() {
        assertThat(SearchText.contains("Tỉnh Hà Giang", "hau giang")).isFalse();
        assertThat(SearchText.contains("Tỉnh Hà Giang", "")).isTrue();
        assertThat(SearchText.contains("Tỉnh Hà Giang", null)).isTrue();
        assertThat(SearchText.contains(null, "ha")).isFalse();
    }
}
